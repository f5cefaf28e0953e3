import yaml from 'js-yaml';
import { normalizeValue } from '../hindi/normalize.ts';

/**
 * Front-matter is data: plain YAML between a first line `---` and the next `---` line. We split it
 * ourselves instead of through gray-matter, whose `---js` / `---coffee` headers hand the block to an
 * engine that evaluates it (with `require`): no header language is ever looked at here, so no
 * evaluating engine is reachable from content.
 */

/** A front-matter problem: the 1-based file line, what is wrong and what to write instead. */
export interface FrontMatterProblem {
  line: number;
  message: string;
  hint: string;
}

/** An article's text cut in two. */
export interface SplitArticle {
  /** The YAML text, starting with the newline after the opening `---`: its line i is file line i + 1. */
  matter: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

/**
 * Front-matter is a few short fields; a bigger block is a mistake or an attack (a YAML parser's
 * work grows with it), and long text belongs in the body.
 */
export const MAX_FRONT_MATTER_CHARS = 64 * 1024;
/** Fields are scalars or lists of scalars; a few levels more leaves room without letting nesting run deep. */
const MAX_DEPTH = 8;

const DELIMITER = /^---[ \t]*$/;
/** A YAML alias (`*name`) after a value's start, to point at the first line that repeats a block. */
const ALIAS_USE = /(?:^|[\s[,{:-])\*[^\s,\]}]/;
const PLAIN = 'front-matter must be plain YAML between two --- lines';

/** Splits an article's text; `undefined` when it does not start with `---` at all. */
export function splitFrontMatter(text: string): SplitArticle | FrontMatterProblem | undefined {
  if (!text.startsWith('---')) return undefined;
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!DELIMITER.test(first)) {
    const what = first.length > 40 ? `${first.slice(0, 40)}…` : first;
    return {
      line: 1,
      message: `${PLAIN}, but the first line is "${what}"`,
      hint: 'make the first line exactly --- (JavaScript, JSON or any other language is refused)',
    };
  }
  if (firstEnd < 0)
    return {
      line: 1,
      message: 'the front-matter is never closed',
      hint: 'add a line with only --- after the last field, then the article',
    };
  let start = firstEnd + 1;
  let line = 2;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const current = end < 0 ? text.slice(start) : text.slice(start, end);
    if (DELIMITER.test(current)) {
      const body = end < 0 ? '' : text.slice(end + 1);
      return { matter: text.slice(firstEnd, start - 1), body, bodyLine: line + 1 };
    }
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return { line: 1, message: 'the front-matter is never closed', hint: 'add a line with only --- after the last field, then the article' };
}

/**
 * Parses the YAML text of a front-matter block as data: JSON schema (strings, numbers, booleans, null,
 * lists, maps; no timestamps, no functions, no custom tags), bounded size and depth, and no repeated
 * blocks through anchors and aliases (`*a` expands "billion laughs" style for anything that walks it).
 * Every string and key comes back through `normalizeValue`, so an escape like "\u0007" cannot bring
 * a control character in.
 */
export function parseFrontMatter(matter: string): { data: Record<string, unknown> } | FrontMatterProblem {
  if (matter.length > MAX_FRONT_MATTER_CHARS) {
    return {
      line: 1,
      message: `the front-matter is ${Math.ceil(matter.length / 1024)} KB, more than the ${MAX_FRONT_MATTER_CHARS / 1024} KB allowed`,
      hint: 'keep only the fields in the front-matter and move long text into the article',
    };
  }
  let value: unknown;
  try {
    // JSON schema: YAML's timestamp type would turn `date: 2026-11-23` into UTC midnight, which is the
    // evening before in India; dates stay text here and are parsed in Indian time by hindi/dates.ts.
    value = yaml.load(matter, { schema: yaml.JSON_SCHEMA, maxDepth: MAX_DEPTH } as yaml.LoadOptions);
  } catch (e) {
    const err = e as { mark?: { line?: number }; reason?: string; message?: string };
    const line = typeof err.mark?.line === 'number' ? err.mark.line + 1 : 1;
    const raw = err.reason ?? (err instanceof RangeError ? 'deep' : String(err.message ?? e));
    const reason = /maxDepth|^deep$/.test(raw) ? `lists or blocks are nested more than ${MAX_DEPTH} deep` : raw;
    return {
      line,
      message: `the front-matter is not valid YAML: ${reason}`,
      hint: 'put text that contains a colon or starts with a quote inside "double quotes"',
    };
  }
  if (value === undefined || value === null) return { data: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return {
      line: 2,
      message: 'the front-matter must be fields like "title: …", one per line',
      hint: 'write one field per line: a name, a colon, the value',
    };
  }
  const cleaned = normalizeValue(value);
  if (!cleaned.ok && cleaned.reason === 'repeated') {
    const alias = matter.split('\n').findIndex((l) => ALIAS_USE.test(l));
    return {
      line: alias < 0 ? 1 : alias + 1,
      message: 'the front-matter repeats a list or block through a YAML alias (*name)',
      hint: 'write the values out; anchors (&name) and aliases (*name) are not supported',
    };
  }
  if (!cleaned.ok)
    return { line: 1, message: 'the front-matter is nested too deeply', hint: 'fields are text, numbers, true/false or lists of text' };
  return { data: cleaned.value as Record<string, unknown> };
}
