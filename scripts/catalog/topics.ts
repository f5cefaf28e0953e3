import { foldToken } from '../hindi/tokens.ts';
import { slugify } from '../hindi/slug.ts';
import type { Article } from './types.ts';

/** A tag that has its own page (`/vishay/<slug>/`): every story tagged with it, newest first. */
export interface Topic {
  /** The matching form of the tag (`topicKey`): one topic for फ़िटनेस and फिटनेस, or Fitness and fitness. */
  readonly key: string;
  /** The spelling editors use most for it (ties: code-unit order), as the page's heading. */
  readonly name: string;
  readonly slug: string;
  readonly url: string;
  readonly articles: readonly Article[];
}

/** The site's topics: the tags used by enough stories to deserve a page. */
export interface Topics {
  /** Topics with a page, most stories first (ties: name in code-unit order). */
  readonly list: readonly Topic[];
  /**
   * Where a tag links: its topic page, or the category or district page of the same name (a tag
   * `जालोर` on a Jalore story links to `/jila/jalore/`); undefined when there is no such page.
   */
  url(tag: string): string | undefined;
}

/** Where topic pages live; `vishay` (विषय, topic) is reserved, so no category can take it. */
export const topicUrl = (slug: string): string => `/vishay/${slug}/`;

/**
 * The matching form of a tag: spaces collapsed and the spelling variants `foldToken` folds (nukta,
 * chandrabindu, Latin case, Devanagari digits), so two editors' spellings of one topic share a page.
 */
export function topicKey(tag: string): string {
  return foldToken(spelledTag(tag));
}

/** A tag as written, spaces collapsed: the form whose uses are counted to name a topic. */
function spelledTag(tag: string): string {
  return tag.trim().replace(/\s+/gu, ' ');
}

/** The stories carrying one tag (any spelling of it), and how often each spelling is written. */
export interface TagGroup<S> {
  /** In input order; a story counts once even when it lists two spellings. */
  readonly stories: S[];
  readonly spellings: Map<string, number>;
}

/** Stories grouped by tag key (`topicKey`), keys in first-seen order. */
export function groupTags<S extends { readonly tags: readonly string[] }>(stories: readonly S[]): Map<string, TagGroup<S>> {
  const groups = new Map<string, TagGroup<S>>();
  for (const story of stories) {
    const mine = new Set<string>();
    for (const tag of story.tags) {
      const spelling = spelledTag(tag);
      const key = foldToken(spelling);
      if (key === '') continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { stories: [], spellings: new Map() }));
      g.spellings.set(spelling, (g.spellings.get(spelling) ?? 0) + 1);
      if (mine.has(key)) continue;
      mine.add(key);
      g.stories.push(story);
    }
  }
  return groups;
}

/** The spelling of a tag written most often; ties go to the first in code-unit order. */
export function mostUsedSpelling(g: TagGroup<unknown>): string {
  return [...g.spellings].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))[0]![0];
}

/**
 * Groups the stories by tag. A tag used by fewer than `minStories` stories gets no page: a page
 * listing one story is thin content for search engines and a dead end for readers, so the article
 * shows such a tag as plain text. A story counts once per topic even when it lists two spellings.
 * A tag whose key is in `elsewhere` (key → URL: the names of categories and districts) gets no
 * page either: its stories are listed there already, and a second page would duplicate it.
 *
 * Slugs are transliterated from the topic's name (`मंडी भाव` → `mandi-bhav`). When two topics would
 * get the same slug, the one whose key comes first in code-unit order keeps it and the next gets
 * `-2`, and so on, so the same tags always give the same URLs.
 */
export function buildTopics(articles: readonly Article[], minStories: number, elsewhere: ReadonlyMap<string, string> = new Map()): Topics {
  const groups = groupTags(articles);
  for (const key of elsewhere.keys()) groups.delete(key);
  const kept = [...groups].filter(([, g]) => g.stories.length >= minStories).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const taken = new Set<string>();
  const byKey = new Map<string, Topic>();
  for (const [key, g] of kept) {
    const name = mostUsedSpelling(g);
    const base = slugify(name);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    byKey.set(key, { key, name, slug, url: topicUrl(slug), articles: g.stories });
  }
  const list = [...byKey.values()].sort(
    (x, y) => y.articles.length - x.articles.length || (x.name < y.name ? -1 : x.name > y.name ? 1 : 0),
  );
  // Asked once per tag on every article page: the same few thousand tags, folded once each.
  const urls = new Map<string, string | undefined>();
  return {
    list,
    url: (tag) => {
      if (urls.has(tag)) return urls.get(tag);
      const key = topicKey(tag);
      const url = elsewhere.get(key) ?? byKey.get(key)?.url;
      urls.set(tag, url);
      return url;
    },
  };
}
