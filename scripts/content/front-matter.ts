import yaml from 'js-yaml';
import { normalizeValue } from '../hindi/normalize.ts';
import { yamlKeyOf } from './lines.ts';
import { msg } from './messages.ts';
import { findMistakes, type FrontMatterProblem } from './yaml-mistakes.ts';

export type { FrontMatterProblem } from './yaml-mistakes.ts';

/**
 * Front-matter is data: plain YAML between a first line `---` and the next `---` line. We split it
 * ourselves instead of through gray-matter, whose `---js` / `---coffee` headers hand the block to an
 * engine that evaluates it (with `require`): no header language is ever looked at here, so no
 * evaluating engine is reachable from content.
 */

/** An article's text cut in two. */
export interface SplitArticle {
  /** The YAML text, starting with the newline after the opening `---`: its line i is file line i + 1. */
  matter: string;
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** The closing `---` is missing: the fields were taken up to the last line that looks like one. */
  problem?: FrontMatterProblem;
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
/** A field's name as editors write it (`title`, `image_alt`): what a front-matter line starts with. */
const FIELD_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Where fields stop when the closing `---` was forgotten: after the last of the lines from line 2
 * on that read as a field (`name: …`), a list item or an indented continuation of one. The first
 * other line (a blank line, the story's first sentence) is where the story starts.
 */
function lastFieldLine(lines: readonly string[]): number {
  let last = 0;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i]!;
    const key = yamlKeyOf(l);
    const continues = last > 0 && /^[ \t-]/.test(l) && l.trim() !== '';
    if (!continues && (key === undefined || !FIELD_KEY.test(key) || /^\s/.test(l))) break;
    last = i;
  }
  return last;
}

function notClosed(lines: readonly string[]): SplitArticle | FrontMatterProblem {
  const last = lastFieldLine(lines);
  const problem = (line: number, text: string): FrontMatterProblem => ({
    line: 1,
    message: msg('fm.notClosed'),
    hint: msg('fm.notClosedHint', { line, text }),
  });
  if (last === 0) return problem(1, '---');
  const matter = `\n${lines.slice(1, last + 1).join('\n')}`;
  const body = lines.slice(last + 1).join('\n');
  return { matter, body, bodyLine: last + 2, problem: problem(last + 1, lines[last]!.trim()) };
}

/**
 * Splits an article's text; `undefined` when it does not start with `---` at all. A block never
 * closed comes back split after its last field line, with `problem` saying so, so that the
 * fields' own problems are still found.
 */
export function splitFrontMatter(text: string): SplitArticle | FrontMatterProblem | undefined {
  if (!text.startsWith('---')) return undefined;
  const firstEnd = text.indexOf('\n');
  const first = firstEnd < 0 ? text : text.slice(0, firstEnd);
  if (!DELIMITER.test(first)) {
    const what = first.length > 40 ? `${first.slice(0, 40)}…` : first;
    return { line: 1, message: msg('fm.badFirstLine', { first: what }), hint: msg('fm.badFirstLineHint') };
  }
  let start = firstEnd + 1;
  let line = 2;
  while (firstEnd >= 0 && start <= text.length) {
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
  return notClosed(text.split('\n'));
}

/** What `parseFrontMatter` found: the fields (when they could be read) and every problem. */
export interface ParsedFrontMatter {
  data?: Record<string, unknown>;
  problems: FrontMatterProblem[];
}

function load(matter: string, json: boolean): unknown {
  // JSON schema: YAML's timestamp type would turn `date: 2026-11-23` into UTC midnight, which is the
  // evening before in India; dates stay text here and are parsed in Indian time by hindi/dates.ts.
  return yaml.load(matter, { schema: yaml.JSON_SCHEMA, maxDepth: MAX_DEPTH, json } as yaml.LoadOptions);
}

/** The parser's failure in an editor's words; its own words go to `detail` (printed with --verbose). */
function yamlFailure(e: unknown): FrontMatterProblem {
  const err = e as { mark?: { line?: number }; reason?: string; message?: string };
  const line = typeof err.mark?.line === 'number' ? err.mark.line + 1 : 1;
  const raw = err.reason ?? (err instanceof RangeError ? 'deep' : String(err.message ?? e));
  if (/maxDepth|^deep$/.test(raw))
    return { line, message: msg('fm.tooDeep', { max: MAX_DEPTH }), hint: msg('fm.tooDeepHint'), detail: raw };
  return { line, message: msg('fm.notYaml'), hint: msg('fm.notYamlHint'), detail: raw };
}

/**
 * Parses the YAML text of a front-matter block as data: JSON schema (strings, numbers, booleans, null,
 * lists, maps; no timestamps, no functions, no custom tags), bounded size and depth, and no repeated
 * blocks through anchors and aliases (`*a` expands "billion laughs" style for anything that walks it).
 * Every string and key comes back through `normalizeValue`, so an escape like "\u0007" cannot bring
 * a control character in. When the YAML does not parse, each known mistake is reported at its own
 * line (yaml-mistakes.ts) and, once those lines are fixed, the fields are still read, so the
 * block's other problems are found in the same run.
 */
export function parseFrontMatter(matter: string): ParsedFrontMatter {
  if (matter.length > MAX_FRONT_MATTER_CHARS) {
    const size = Math.ceil(matter.length / 1024);
    return { problems: [{ line: 1, message: msg('fm.tooBig', { size, max: MAX_FRONT_MATTER_CHARS / 1024 }), hint: msg('fm.tooBigHint') }] };
  }
  let value: unknown;
  const problems: FrontMatterProblem[] = [];
  try {
    value = load(matter, false);
  } catch (e) {
    const found = findMistakes(matter);
    if (found.problems.length === 0) return { problems: [yamlFailure(e)] };
    problems.push(...found.problems);
    try {
      value = load(found.repaired, true);
    } catch (again) {
      const rest = yamlFailure(again);
      if (!problems.some((p) => p.line === rest.line)) problems.push(rest);
      return { problems };
    }
  }
  if (value === undefined || value === null) return { data: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value))
    return { problems: [...problems, { line: 2, message: msg('fm.notFields'), hint: msg('fm.notFieldsHint') }] };
  const cleaned = normalizeValue(value);
  if (!cleaned.ok && cleaned.reason === 'repeated') {
    const alias = matter.split('\n').findIndex((l) => ALIAS_USE.test(l));
    return { problems: [...problems, { line: alias < 0 ? 1 : alias + 1, message: msg('fm.alias'), hint: msg('fm.aliasHint') }] };
  }
  if (!cleaned.ok)
    return { problems: [...problems, { line: 1, message: msg('fm.tooDeep', { max: MAX_DEPTH }), hint: msg('fm.tooDeepHint') }] };
  return { data: cleaned.value as Record<string, unknown>, problems };
}
