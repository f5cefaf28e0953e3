import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ContentError } from './errors.ts';
import { msg, render, type Msg } from './messages.ts';
import { displayPath } from './lines.ts';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import { normalizeText } from '../hindi/normalize.ts';

/** An article file as read from disk: front-matter parsed but not yet validated. */
export interface RawArticle {
  /** Path relative to the content folder, forward slashes. */
  id: string;
  sourcePath: string;
  /** Path for messages (relative to the working directory). */
  file: string;
  /**
   * The front-matter's fields as written, before validation. Empty for a story the story cache
   * gave back (story-cache.ts): nothing reads them once a story is valid; read `fm`.
   */
  data: Record<string, unknown>;
  /** The front-matter block's text, to find the line of a field. */
  matter: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /**
   * Front-matter problems already reported (a colon in a title, a key written twice…): the fields
   * were read after fixing those lines, to find the rest, but the article is not valid.
   */
  readProblems?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function firstBadByteLine(bytes: Uint8Array): number {
  // The decoder does not say where it failed; find the first byte that breaks UTF-8 by halving.
  let lo = 0;
  let hi = bytes.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  let line = 1;
  for (let i = 0; i < lo; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Why a file could not be read, in English words. */
export function readFailure(e: unknown): string {
  const why = readFailureMsg(e);
  return typeof why === 'string' ? why : render(why, 'en');
}

/** Why a file could not be read, as a message of the table (the system's code when there is none). */
export function readFailureMsg(e: unknown): Msg | string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return msg('file.why.folder');
  if (code === 'ENOENT') return msg('file.why.gone');
  if (code === 'EACCES' || code === 'EPERM') return msg('file.why.denied');
  return code ?? String((e as Error).message ?? e);
}

/** The fields an empty or headless file is told to start with; a static page passes its own. */
const ARTICLE_FIELDS = ['title', 'date', 'category', 'author', 'district'];

/**
 * Reads and parses one article file (or a page's: `fields`); problems go to `errors` and the result
 * is undefined. `read`: the file's bytes when the caller has read them already (the story cache).
 */
export function readArticle(
  contentDir: string,
  path: string,
  errors: ContentError[],
  fields = ARTICLE_FIELDS,
  read?: Uint8Array,
): RawArticle | undefined {
  const file = displayPath(path);
  let bytes: Uint8Array;
  try {
    bytes = read ?? readFileSync(path);
  } catch (e) {
    errors.push(new ContentError(file, 0, msg('file.unreadable', { why: readFailureMsg(e) }), msg('file.unreadableHint')));
    return undefined;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    errors.push(new ContentError(file, firstBadByteLine(bytes), msg('file.notUtf8'), msg('file.notUtf8Hint')));
    return undefined;
  }
  return parseArticle(relative(contentDir, path).split('\\').join('/'), path, text, errors, fields);
}

/**
 * The pure part of `readArticle`: an article's text (already decoded) to front-matter data and body.
 * Never throws and never evaluates anything; problems go to `errors`.
 */
export function parseArticle(
  id: string,
  path: string,
  source: string,
  errors: ContentError[],
  fields = ARTICLE_FIELDS,
): RawArticle | undefined {
  const file = displayPath(path);
  const text = normalizeText(source);
  if (text.trim() === '') {
    errors.push(new ContentError(file, 0, msg('fm.empty'), msg('fm.emptyHint', { fields: fields.join(', ') })));
    return undefined;
  }
  const split = splitFrontMatter(text);
  if (!split) {
    errors.push(new ContentError(file, 1, msg('fm.noStart'), msg('fm.noStartHint', { fields: fields.map((f) => `${f}:`).join(', ') })));
    return undefined;
  }
  if ('message' in split) {
    errors.push(new ContentError(file, split.line, split.message, split.hint));
    return undefined;
  }
  const parsed = parseFrontMatter(split.matter);
  for (const p of split.problem ? [split.problem, ...parsed.problems] : parsed.problems)
    errors.push(new ContentError(file, p.line, p.message, p.hint, p.field, p.detail));
  // Fields read after fixing the lines reported above are still checked, so every problem shows at once.
  if (!parsed.data) return undefined;
  const readProblems = parsed.problems.length + (split.problem ? 1 : 0);
  const raw: RawArticle = {
    id,
    sourcePath: path,
    file,
    data: parsed.data,
    matter: split.matter,
    body: split.body,
    bodyLine: split.bodyLine,
  };
  return readProblems > 0 ? { ...raw, readProblems } : raw;
}
