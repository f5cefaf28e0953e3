import { readFileSync } from 'node:fs';
import { groupTags, mostUsedSpelling } from './topics.ts';
import { displayPath, lineOfOffset } from '../content/lines.ts';
import { currentLang, msg, render, type Lang } from '../content/messages.ts';

/** What the tag check reads of a story. */
export interface TaggedStory {
  readonly sourcePath: string;
  readonly tags: readonly string[];
}

/** A tag that looks like a misspelling of a common one: advice, never an error. */
export interface TagNote {
  readonly story: TaggedStory;
  /** The tag as the story writes it. */
  readonly tag: string;
  /** The common tag's spelling used most. */
  readonly suggestion: string;
  /** Stories carrying the common tag. */
  readonly uses: number;
}

/** Options of `tagNotes`. */
export interface TagNoteOptions {
  /** Stories a tag needs to be offered as the right spelling. Default 3. */
  readonly minUses?: number;
}

/** Code points, so that a vowel sign counts as one edit. */
const chars = (s: string): string[] => [...s];

/** The key with the code point at `i` left out, for the one-edit lookup. */
const without = (cs: readonly string[], i: number): string => cs.slice(0, i).join('') + cs.slice(i + 1).join('');

/** Tags this short, or holding digits (चुनाव 2023 / चुनाव 2024), differ by one letter on purpose. */
const tooShortOrNumbered = (cs: readonly string[]): boolean => cs.length < 4 || cs.some((c) => /\p{N}/u.test(c));

/**
 * Tags used by one story only that are one letter or vowel sign away (one insertion, deletion or
 * substitution of a code point, after `topicKey` folding, which already makes nukta and
 * chandrabindu variants one tag) from a tag used by at least `minUses` stories: `डेंगु` beside
 * `डेंगू`, `पुलीस` beside `पुलिस`. A misspelt tag leaves the story
 * off its topic page, and the editor cannot see that from the story itself.
 *
 * Linear: every key of a common tag is indexed under itself and each of its one-deletion forms,
 * and each rare key looks up its own forms the same way (no comparison of every pair of tags).
 */
export function tagNotes(stories: readonly TaggedStory[], options: TagNoteOptions = {}): TagNote[] {
  const minUses = options.minUses ?? 3;
  const byKey = groupTags(stories);
  // One-deletion form (or the key itself) → common keys that have it.
  const forms = new Map<string, string[]>();
  const add = (form: string, key: string) => {
    const list = forms.get(form);
    if (!list) forms.set(form, [key]);
    else if (!list.includes(key)) list.push(key);
  };
  for (const [key, k] of byKey) {
    const cs = chars(key);
    if (k.stories.length < minUses || tooShortOrNumbered(cs)) continue;
    add(key, key);
    for (let i = 0; i < cs.length; i++) add(without(cs, i), key);
  }
  const notes: TagNote[] = [];
  for (const [key, k] of byKey) {
    const cs = chars(key);
    if (k.stories.length !== 1 || tooShortOrNumbered(cs)) continue;
    const near = new Set<string>();
    for (const common of forms.get(key) ?? []) near.add(common);
    for (let i = 0; i < cs.length; i++) for (const common of forms.get(without(cs, i)) ?? []) near.add(common);
    near.delete(key);
    const best = [...near]
      .filter((c) => oneEditApart(chars(c), cs))
      .sort((a, b) => byKey.get(b)!.stories.length - byKey.get(a)!.stories.length || (a < b ? -1 : a > b ? 1 : 0))[0];
    if (best === undefined) continue;
    const common = byKey.get(best)!;
    notes.push({
      story: k.stories[0]!,
      tag: [...k.spellings.keys()][0]!,
      suggestion: mostUsedSpelling(common),
      uses: common.stories.length,
    });
  }
  return notes.sort((a, b) => (a.story.sourcePath < b.story.sourcePath ? -1 : a.story.sourcePath > b.story.sourcePath ? 1 : 0));
}

/**
 * Whether two different code-point strings are one insertion, deletion or substitution apart.
 * Sharing a one-deletion form is not enough: `abc` and `acb` share `ab` but need two edits.
 */
export function oneEditApart(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return i < a.length && a.slice(i + 1).join('') === b.slice(i + 1).join('');
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1).join('') === short.slice(i).join('');
}

/**
 * `content/articles/…/x.md:7: सुझाव: टैग "डेंगु" सिर्फ़ इसी ख़बर में है, …` (`note: the tag "डेंगु" is on this story only…` in English)
 * The line is the tag's in the file (the `tags:` line when it is written as a list over lines).
 */
export function formatTagNote(note: TagNote, lang: Lang = currentLang()): string {
  let line = 0;
  try {
    const text = readFileSync(note.story.sourcePath, 'utf8').normalize('NFC');
    const list = text.search(/^tags:/mu);
    const at = list < 0 ? -1 : text.indexOf(note.tag, list);
    line = at >= 0 ? lineOfOffset(text, at) : list >= 0 ? lineOfOffset(text, list) : 0;
  } catch {
    // The file went away since it was read: the note still names it.
  }
  const where = line > 0 ? `${displayPath(note.story.sourcePath)}:${line}` : displayPath(note.story.sourcePath);
  return `${where}: ${render(msg('check.tagNote', { tag: note.tag, suggestion: note.suggestion, uses: note.uses }), lang)}`;
}
