import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ContentError } from './errors.ts';
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
  data: Record<string, unknown>;
  /** The front-matter block's text, to find the line of a field. */
  matter: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
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

/** Why a file could not be read, in an editor's words. */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOENT') return 'it was deleted or moved while being read';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? String((e as Error).message ?? e);
}

/** The fields an empty or headless file is told to start with; a static page passes its own. */
const ARTICLE_FIELDS = ['title', 'date', 'category', 'author', 'district'];

/** Reads and parses one article file (or a page's: `fields`); problems go to `errors` and the result is undefined. */
export function readArticle(contentDir: string, path: string, errors: ContentError[], fields = ARTICLE_FIELDS): RawArticle | undefined {
  const file = displayPath(path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    errors.push(
      new ContentError(
        file,
        0,
        `cannot read this file (${readFailure(e)})`,
        'make it a readable text file (check its permissions), or remove it from the content folder',
      ),
    );
    return undefined;
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    errors.push(
      new ContentError(
        file,
        firstBadByteLine(bytes),
        'this file is not UTF-8 text',
        'save it again as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
      ),
    );
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
    errors.push(
      new ContentError(file, 0, 'the file is empty', `write the front-matter (${fields.join(', ')}) and the text, or delete the file`),
    );
    return undefined;
  }
  const split = splitFrontMatter(text);
  if (!split) {
    errors.push(
      new ContentError(
        file,
        1,
        'the file does not start with front-matter',
        `the first line must be --- followed by ${fields.map((f) => `${f}:`).join(', ')} and a closing ---`,
      ),
    );
    return undefined;
  }
  if ('message' in split) {
    errors.push(new ContentError(file, split.line, split.message, split.hint));
    return undefined;
  }
  const parsed = parseFrontMatter(split.matter);
  if ('message' in parsed) {
    errors.push(new ContentError(file, parsed.line, parsed.message, parsed.hint));
    return undefined;
  }
  return { id, sourcePath: path, file, data: parsed.data, matter: split.matter, body: split.body, bodyLine: split.bodyLine };
}
