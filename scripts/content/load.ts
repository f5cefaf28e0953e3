import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { ContentError } from './errors.ts';
import { displayPath, lineOfOffset } from './lines.ts';
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

// JSON schema: YAML's timestamp type would turn `date: 2026-11-23` into UTC midnight, which is the
// evening before in India; dates stay text here and are parsed in Indian time by hindi/dates.ts.
const yamlEngine = (s: string): object => (yaml.load(s, { schema: yaml.JSON_SCHEMA }) ?? {}) as object;

/** Every `*.md` under `dir`, sorted, as absolute paths. Folders starting with `_` or `.` are skipped. */
export function listArticleFiles(dir: string): string[] {
  const out: string[] = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.name.startsWith('.') || e.name.startsWith('_')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...listArticleFiles(full));
    else if (e.isFile() && e.name.endsWith('.md')) out.push(full);
  }
  return out;
}

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

/** Reads and parses one article file; problems go to `errors` and the result is undefined. */
export function readArticle(contentDir: string, path: string, errors: ContentError[]): RawArticle | undefined {
  const file = displayPath(path);
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    errors.push(new ContentError(file, firstBadByteLine(bytes), 'this file is not UTF-8 text', 'save it again as UTF-8 (in most editors: "Save with encoding" → UTF-8)'));
    return undefined;
  }
  text = normalizeText(text);
  if (text.trim() === '') {
    errors.push(new ContentError(file, 0, 'the file is empty', 'write the front-matter (title, date, category, author, district) and the article, or delete the file'));
    return undefined;
  }
  if (!text.startsWith('---')) {
    errors.push(new ContentError(file, 1, 'the file does not start with front-matter', 'the first line must be --- followed by title:, date:, category:, author:, district: and a closing ---'));
    return undefined;
  }
  let parsed;
  try {
    parsed = matter(text, { engines: { yaml: yamlEngine } });
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message: string };
    // The YAML text starts with the newline after the opening ---, so its line i is file line i + 1.
    const line = err.mark?.line !== undefined ? err.mark.line + 1 : 1;
    errors.push(new ContentError(file, line, `the front-matter is not valid YAML: ${err.reason ?? err.message}`, 'put text that contains a colon or starts with a quote inside "double quotes"'));
    return undefined;
  }
  const data = parsed.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    errors.push(new ContentError(file, 2, 'the front-matter must be fields like "title: …", one per line'));
    return undefined;
  }
  const bodyStart = text.length - parsed.content.length;
  return {
    id: relative(contentDir, path).split('\\').join('/'),
    sourcePath: path,
    file,
    data: data as Record<string, unknown>,
    matter: parsed.matter,
    body: parsed.content,
    bodyLine: lineOfOffset(text, bodyStart),
  };
}
