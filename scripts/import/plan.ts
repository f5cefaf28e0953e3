import { msg, render, type Lang, type Msg } from '../content/messages.ts';
import type { SiteData } from '../content/data-files.ts';
import { proposeMap, type ImportMap } from './import-map.ts';
import { readWxr } from './wxr-reader.ts';
import { archivePath, BaseFinder, DEFAULT_BASES, type ArchiveBases } from './bases.ts';
import { authorNicenames } from './nicename.ts';

type Counts = Map<string, [string, number]>;

/**
 * Every category, tag and author of an export with the number of posts using it; the archive bases
 * the posts' links to the old site show; each author's nicename, derived from the logins.
 */
export async function countTerms(
  wxr: string,
): Promise<{ categories: Counts; tags: Counts; authors: Counts; bases: ArchiveBases; nicenames: Map<string, string> }> {
  const finder = new BaseFinder();
  const users: Array<{ id: string; login: string }> = [];
  const categories: Counts = new Map();
  const tags: Counts = new Map();
  const authors: Counts = new Map();
  const bump = (m: Counts, key: string, name: string, n: number) => {
    const had = m.get(key);
    m.set(key, [had?.[0] || name, (had?.[1] ?? 0) + n]);
  };
  for await (const e of readWxr(wxr)) {
    // The channel lists every term and author, also those no post uses: they are shown with 0.
    if (e.kind === 'site') finder.site(e.baseSiteUrl || e.link);
    else if (e.kind === 'category') {
      bump(categories, e.nicename, e.name, 0);
      finder.category(e.nicename, e.parent);
    } else if (e.kind === 'tag') {
      bump(tags, e.nicename, e.name, 0);
      finder.tag(e.nicename);
    } else if (e.kind === 'author') {
      bump(authors, e.login, e.displayName, 0);
      users.push(e);
    } else if (e.kind === 'item' && (e.postType === 'post' || e.postType === 'page')) finder.body(e.content);
    if (e.kind === 'item' && e.postType === 'post') {
      for (const t of e.terms)
        bump(t.domain === 'category' ? categories : t.domain === 'post_tag' ? tags : new Map(), t.nicename, t.name, 1);
      if (e.creator) bump(authors, e.creator, e.creator, 1);
    }
  }
  // A post's author missing from the channel's list still gets a nicename, after the listed ones.
  for (const login of authors.keys()) if (!users.some((u) => u.login === login)) users.push({ id: '', login });
  return { categories, tags, authors, bases: finder.propose(), nicenames: authorNicenames(users) };
}

/** `--plan`: the proposed map of an export against the content folder's vocabularies. */
export async function planImport(wxr: string, data: Pick<SiteData, 'categories' | 'districts' | 'authors'>): Promise<ImportMap> {
  const counts = await countTerms(wxr);
  const map = proposeMap(counts, data);
  for (const [login, m] of Object.entries(map.authors)) m.nicename = counts.nicenames.get(login) ?? '';
  return { ...map, bases: counts.bases };
}

/** The plan as an editor reads it, in `lang` (Hindi unless asked): one line per value, with its posts and where it goes. */
export function describePlan(map: ImportMap, lang?: Lang): string {
  const t = (m: Msg) => render(m, lang);
  const lines: string[] = [];
  const section = <T extends { name: string; posts: number }>(head: Msg, entries: Record<string, T>, to: (v: T) => string) => {
    lines.push(t(head));
    for (const [key, v] of Object.entries(entries))
      lines.push(t(msg('importPlan.entry', { name: v.name, key, posts: v.posts, to: to(v) })));
  };
  const n = (entries: object) => Object.keys(entries).length;
  section(
    msg('importPlan.categories', { n: n(map.categories) }),
    map.categories,
    (v) =>
      [
        v.category && t(msg('importPlan.toCategory', { slug: v.category })),
        v.district && t(msg('importPlan.toDistrict', { slug: v.district })),
      ]
        .filter(Boolean)
        .join(', ') || t(msg('importPlan.undecided')),
  );
  section(msg('importPlan.tags', { n: n(map.tags) }), map.tags, (v) =>
    [t(msg('importPlan.toTag', { name: v.name })), v.district && t(msg('importPlan.toDistrict', { slug: v.district }))]
      .filter(Boolean)
      .join(', '),
  );
  const b = map.bases ?? DEFAULT_BASES;
  section(msg('importPlan.authors', { n: n(map.authors) }), map.authors, (v) =>
    t(msg('importPlan.toAuthor', { slug: v.slug, name: v.name, archive: archivePath(b.author, v.nicename ?? '') })),
  );
  const source = (kind: keyof ArchiveBases) => msg(b[kind] === DEFAULT_BASES[kind] ? 'importPlan.baseDefault' : 'importPlan.baseFound');
  lines.push(
    t(msg('importPlan.bases')),
    t(msg('importPlan.baseCategories', { path: archivePath(b.category, '<name>'), source: source('category') })),
    t(msg('importPlan.baseTags', { path: archivePath(b.tag, '<name>'), source: source('tag') })),
    t(msg('importPlan.baseAuthors', { path: archivePath(b.author, '<nicename>'), source: source('author') })),
  );
  return lines.join('\n');
}
