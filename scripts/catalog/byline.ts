import type { Author, Source } from '../content/schema.ts';
import { listJoiners } from '../hindi/list.ts';
import { listingUrl } from './group.ts';

/** One name of a byline: the words before it (`, ` or ` और `), and the author page for a person. */
export interface BylineName {
  readonly before: string;
  readonly name: string;
  /** The author's page; absent for an agency or desk, which has none. */
  readonly url?: string;
}

/**
 * The byline as Hindi prose reads it: "रवि जोशी", "रवि जोशी और आशा मीणा", "क, ख और ग"; an agency
 * or desk comes last ("रवि जोशी और एजेंसी") or alone ("एजेंसी"). Templates print `before`, then the
 * name, linked when it has a `url`, so the joining rule lives here and in hindi/list.ts only.
 */
export function bylineNames(authors: readonly Author[], source?: Source): readonly BylineName[] {
  // Most stories have one author and no agency: theirs is made once per author and shared (it is
  // frozen), not once per story. The data files' entries are the keys, so a renamed author (the dev
  // server reads the data files again) gets a new one.
  if (authors.length !== 1 || source) return makeByline(authors, source);
  let made = single.get(authors[0]!);
  if (!made) single.set(authors[0]!, (made = makeByline(authors)));
  return made;
}

const single = new WeakMap<Author, readonly BylineName[]>();

function makeByline(authors: readonly Author[], source?: Source): readonly BylineName[] {
  const names = [...authors.map((a) => ({ name: a.name, url: listingUrl.author(a.slug) })), ...(source ? [{ name: source.name }] : [])];
  const joiners = listJoiners(names.length);
  return Object.freeze(names.map((n, i) => Object.freeze({ before: joiners[i]!, ...n })));
}

/** The byline as plain text, for feeds and `<meta name="author">`. */
export function bylineText(byline: readonly BylineName[]): string {
  return byline.map((n) => n.before + n.name).join('');
}
