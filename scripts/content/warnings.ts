import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { pictureSize } from './images.ts';
import { displayPath } from './lines.ts';
import { parsePicturePath } from './picture-path.ts';
import type { WarningSettings } from './warning-settings.ts';
import { foldToken } from '../hindi/tokens.ts';
import { isWordChar, words } from '../hindi/words.ts';
import { formatHindiDate } from '../hindi/dates.ts';
import { msg, type Msg } from './messages.ts';
import type { KeepWith } from './story-cache.ts';

/** What the warnings read of a story (the catalog's Article has all of it). */
export interface WarnedStory {
  readonly sourcePath: string;
  readonly draft: boolean;
  readonly title: string;
  readonly summary: string;
  /** Publication instant, ISO 8601 in +05:30. */
  readonly date: string;
  readonly timestamp: number;
  /** Markdown body. */
  readonly body: string;
  /** Plain text of the body (read only for short bodies: it is computed on first use). */
  readonly text: string;
  readonly image?: { readonly src: string };
}

/** What the warnings are measured against besides `site.json`'s `warnings`. */
export interface WarningOptions {
  /** The content folder, where the lead pictures are. */
  contentDir: string;
  /** The clock, in ms. */
  now: number;
  /** The widest rendition the site makes of a picture (scripts/images/process.ts), in pixels. */
  largestWidth: number;
  /** Texts a template leaves for the editor to replace (`npm run new`'s placeholder body among them). */
  placeholders: readonly string[];
  /** Keeps what a story's text gave between builds (the story cache's `keep`): its body is then not read again. */
  keep?: KeepWith;
}

/** A lead picture wider than this many times the widest rendition is far more than the site needs. */
export const PICTURE_WIDTH_FACTOR = 2;
/** A lead picture file larger than this is heavy to keep in the repository and slow to resize, whatever its width. */
export const PICTURE_MAX_BYTES = 2 * 1024 * 1024;

const DAY_MS = 86_400_000;
/** Words in matching form (nukta, chandrabindu and case folded), space-joined and padded for whole-word search. */
const matchForm = (s: string) => ` ${words(foldToken(s)).join(' ')} `;
/** Characters that folding writes in place of others (ं for ँ or न्, े for ॅ, ा for ॉ, आ for ऑ, Latin digits): not in an anchor. */
const FOLD_TARGETS = /[\u0902\u0947\u093e\u0906\d\sA-Za-z]/;

/**
 * The pattern of a cheap test that a text may hold `placeholder`: the longest run of its folded
 * letters that folding never produces from other letters, with room between them for what folding
 * drops (a nukta, invisible joiners); for a Latin placeholder, its longest word. Folding and
 * splitting every story into words costs seconds on 10,000 stories; one scan with all these
 * patterns lets only the few candidates through.
 */
function anchorPattern(placeholder: string): string {
  const anchor = foldToken(placeholder)
    .split(FOLD_TARGETS)
    .reduce((a, b) => (b.length > a.length ? b : a), '');
  if (anchor.length >= 2) return [...anchor].join('[\\u093c\\u200b-\\u200d\\u2060\\ufeff\\u00ad]?');
  return words(placeholder)
    .reduce((a, b) => (b.length > a.length ? b : a), '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Words in a text, counted without building the list (`words(text).length`, as cheaply as a scan). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const w = isWordChar(text.charCodeAt(i));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/**
 * Whether a body is short enough to be no more than its summary: its text is at most the summary's
 * length, and Markdown adds little (the text is computed only for these, on first read).
 */
const mayBeSummary = (body: string, summary: string) => summary !== '' && body.length <= summary.length * 1.2 + 40;

/** The 1-based line of the first line of `file` whose words include `needle`'s (0 when none does). */
function lineWith(file: string, needle: string): number {
  const want = matchForm(needle);
  try {
    const lines = readFileSync(file, 'utf8').normalize('NFC').split('\n');
    const i = lines.findIndex((l) => matchForm(l).includes(want));
    return i + 1;
  } catch {
    return 0; // gone since it was read: the warning still names the file
  }
}

/** The line of a front-matter key (`date:`), else (unless `orBody` is false) the body's first line, else 0. */
function keyLine(file: string, key?: string, orBody = true): number {
  try {
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = key ? lines.findIndex((l) => l.startsWith(`${key}:`)) : -1;
    if (at >= 0) return at + 1;
    if (!orBody) return 0;
    const close = lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---');
    const body = lines.findIndex((l, i) => i > close && l.trim() !== '');
    return close < 0 || body < 0 ? 0 : body + 1;
  } catch {
    return 0;
  }
}

const hi = (n: number) => n.toLocaleString('en-IN');

function pictureWarning(s: WarnedStory, o: WarningOptions): ContentError | undefined {
  const parsed = s.image ? parsePicturePath(s.image.src, false) : undefined;
  if (!parsed || !('rel' in parsed)) return undefined;
  const rel = parsed.rel;
  let size, bytes;
  try {
    size = pictureSize(join(o.contentDir, rel));
    bytes = statSync(join(o.contentDir, rel)).size;
  } catch {
    return undefined; // the check reports a missing or unreadable picture as an error
  }
  const limit = o.largestWidth * PICTURE_WIDTH_FACTOR;
  if (!size || (size.width <= limit && bytes <= PICTURE_MAX_BYTES)) return undefined;
  const mb = (bytes / 1024 / 1024).toLocaleString('en-IN', { maximumFractionDigits: 1 });
  const what = msg('warning.picture', { size: `${hi(size.width)} × ${hi(size.height)}`, mb, shown: o.largestWidth });
  return make(s, keyLine(s.sourcePath, 'image'), 'image', what, msg('warning.pictureHint', { limit }));
}

/** A warning as a ContentError (`field` says which part of the story it is about). */
function make(s: WarnedStory, line: number, field: string, what: Msg, fix: Msg): ContentError {
  return new ContentError(displayPath(s.sourcePath), line, what, fix, field);
}

const found = (s: WarnedStory, [line, field, what, fix]: Found) => make(s, line, field, what, fix);

/** A warning as data (line, field, message, hint): what the story cache keeps between builds. */
type Found = [line: number, field: string, what: Msg, fix: Msg];

/**
 * The warnings that read a story's text (placeholders left in, no body beyond the summary, too many
 * words), in the order they are reported: those before the date's and those after. They depend on
 * the story's bytes, the settings and the placeholders alone, so a build keeps them with the story.
 */
function textWarnings(s: WarnedStory, settings: WarningSettings, o: WarningOptions, placeholders: string[], mayHold: RegExp) {
  const before: Found[] = [];
  const after: Found[] = [];
  const fields: Array<[string, string]> = [
    ['title', s.title],
    ['body', s.body],
    ['summary', s.summary],
  ];
  const seen = new Set<number>();
  for (const [field, value] of fields) {
    const form = mayHold.test(value) ? matchForm(value) : '';
    const i = form ? placeholders.findIndex((p) => form.includes(p)) : -1;
    const line = i < 0 ? -1 : lineWith(s.sourcePath, o.placeholders[i]!);
    // A summary taken from the body's first paragraph holds the body's placeholder: one warning, at its line.
    if (i >= 0 && !seen.has(line))
      before.push([line, field, msg('warning.placeholder', { text: o.placeholders[i]! }), msg('warning.placeholderHint')]);
    seen.add(line);
  }
  if (mayBeSummary(s.body, s.summary)) {
    const text = matchForm(s.text);
    // Only a summary written in the front-matter: a short story's own first paragraph is its summary otherwise.
    const line = text.trim() === '' || matchForm(s.summary).includes(text) ? keyLine(s.sourcePath, 'summary', false) : 0;
    if (line > 0) after.push([line, 'body', msg('warning.noBody'), msg('warning.noBodyHint')]);
  }
  // Counted only past 3 characters a word (a word of two letters and a space; Hindi prose averages
  // over 5): a shorter body cannot be too long, and most stories are spared the scan.
  const count = s.body.length > 3 * settings.maxWords ? countWords(s.body) : 0;
  if (count > settings.maxWords)
    after.push([keyLine(s.sourcePath), 'body', msg('warning.long', { words: count, limit: settings.maxWords }), msg('warning.longHint')]);
  return { before, after };
}

/**
 * Warnings on published stories (drafts are work in progress and are skipped): placeholder text
 * left in, a date more than `futureDays` ahead (a year typo keeps a story off the site for
 * decades), no body beyond the summary, more than `maxWords` words, a lead picture far larger than
 * the site shows. They never stop a build unless `strict` (see warning-report.ts).
 */
export function storyWarnings(stories: readonly WarnedStory[], settings: WarningSettings, o: WarningOptions): ContentError[] {
  const placeholders = o.placeholders.map(matchForm);
  const mayHold = new RegExp(o.placeholders.map(anchorPattern).join('|') || '(?!)', 'i');
  // What the kept warnings were made with besides the story (the settings are in the cache's stamp too).
  const name = `warnings:${createHash('sha1')
    .update(JSON.stringify([settings, o.placeholders]))
    .digest('base64')
    .slice(0, 12)}`;
  const out: ContentError[] = [];
  for (const s of stories) {
    if (s.draft) continue;
    const read = () => textWarnings(s, settings, o, placeholders, mayHold);
    const text = o.keep ? o.keep(s.sourcePath, name, read) : read();
    for (const f of text.before) out.push(found(s, f));
    const days = Math.floor((s.timestamp - o.now) / DAY_MS);
    if (days > settings.futureDays)
      out.push(
        make(
          s,
          keyLine(s.sourcePath, 'date'),
          'date',
          msg('warning.future', { date: { hi: formatHindiDate(s.date), en: s.date.slice(0, 10) }, days }),
          msg('warning.futureHint', { limit: settings.futureDays }),
        ),
      );
    for (const f of text.after) out.push(found(s, f));
    const picture = pictureWarning(s, o);
    if (picture) out.push(picture);
  }
  return out;
}
