import { fieldName } from './field-names.ts';
import { yamlKeyOf } from './lines.ts';
import { msg, type Msg } from './messages.ts';

/** A front-matter problem: the 1-based file line where it starts, what is wrong, what to write instead. */
export interface FrontMatterProblem {
  line: number;
  message: Msg;
  hint: Msg;
  field?: string;
  /** The YAML parser's own words, shown only with --verbose. */
  detail?: string;
}

/** Characters that start something other than plain text after `key:` (a list, a block, a tag…). */
const NOT_PLAIN = new Set(['[', '{', '|', '>', '&', '*', '!', '%', '@', '`', '#']);

/** A value written so YAML reads it as the text it is: in double quotes, or single when it has them. */
export function quoted(value: string): string {
  if (!value.includes('"') && !value.includes('\\')) return `"${value}"`;
  if (!value.includes("'")) return `'${value}'`;
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Index just past the quote that closes the one at `start`, or -1 when the line never closes it. */
function closingQuote(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    if (q === '"' && text[i] === '\\') i++;
    else if (q === "'" && text[i] === "'" && text[i + 1] === "'") i++;
    else if (text[i] === q) return i + 1;
  }
  return -1;
}

/** Whether a one-line list or block (`[a, b`) opens more brackets than it closes, quotes skipped. */
function unclosedBracket(value: string): boolean {
  let depth = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '"' || c === "'") {
      const end = closingQuote(value, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth > 0;
}

/**
 * The mistakes reporters make in front-matter, each found on its own line so that every one is
 * reported where it starts, with the line as it should be: a tab in the indentation, a key
 * written twice, a quote or a list's bracket never closed, text after a closing quote, a colon in plain text
 * (`title: बैठक: फ़ैसला`). `repaired` is the text with each such line fixed, so the other fields can
 * still be read and checked (a key written twice is left: the parse that reads `repaired` lets
 * the later one win). Only called after the YAML parser failed: a block that parses is never second-guessed.
 */
export function findMistakes(matter: string): { problems: FrontMatterProblem[]; repaired: string } {
  const lines = matter.split('\n');
  const problems: FrontMatterProblem[] = [];
  const seen = new Map<string, number>();
  for (let i = 1; i < lines.length; i++) {
    const fileLine = i + 1;
    let line = lines[i]!;
    const indent = /^[ \t]*/.exec(line)![0];
    let topLevel = indent === '';
    if (indent.includes('\t')) {
      // A field after a one-line field cannot be indented at all: the tab goes, not just becomes spaces.
      const rest = line.slice(indent.length);
      const previous = lines[i - 1] ?? '';
      topLevel = !rest.startsWith('-') && /^[^\s#-][^:]*:\s*\S/.test(previous) && yamlKeyOf(rest) !== undefined;
      line = topLevel ? rest : indent.replace(/\t/g, '  ') + rest;
      const hint = topLevel ? msg('fm.tabRemoveHint', { line }) : msg('fm.tabHint', { line });
      problems.push({ line: fileLine, message: msg('fm.tab'), hint });
      lines[i] = line;
    }
    if (!topLevel || line.startsWith('-') || line.startsWith('#')) continue;
    const key = yamlKeyOf(line);
    if (key === undefined || line.startsWith('"') || line.startsWith("'")) continue;
    const field = fieldName(key);
    const first = seen.get(key);
    if (first !== undefined)
      problems.push({ line: fileLine, message: msg('fm.duplicateKey', { field, first }), hint: msg('fm.duplicateKeyHint'), field: key });
    else seen.set(key, fileLine);
    const value = line.slice(line.indexOf(':') + 1).trim();
    if (value === '') continue;
    let fixed: string | undefined;
    const close = value[0] === '[' ? ']' : value[0] === '{' ? '}' : undefined;
    if (close && unclosedBracket(value)) {
      fixed = `${key}: ${value}${close}`;
      problems.push({
        line: fileLine,
        message: msg('fm.unclosedList', { mark: close }),
        hint: msg('fm.unclosedQuoteHint', { line: fixed }),
        field: key,
      });
    } else if (NOT_PLAIN.has(value[0]!)) continue;
    else if (value[0] === '"' || value[0] === "'") {
      const end = closingQuote(value, 0);
      const after =
        end < 0
          ? ''
          : value
              .slice(end)
              .replace(/\s#.*$/, '')
              .trim();
      if (end < 0) {
        fixed = `${key}: ${value}${value[0]}`;
        problems.push({
          line: fileLine,
          message: msg('fm.unclosedQuote', { quote: value[0] }),
          hint: msg('fm.unclosedQuoteHint', { line: fixed }),
          field: key,
        });
      } else if (after !== '') {
        fixed = `${key}: ${quoted(value)}`;
        problems.push({
          line: fileLine,
          message: msg('fm.quotedPart', { field }),
          hint: msg('fm.colonInValueHint', { line: fixed }),
          field: key,
        });
      }
    } else if (value.includes(': ') || value.endsWith(':')) {
      fixed = `${key}: ${quoted(value)}`;
      problems.push({
        line: fileLine,
        message: msg('fm.colonInValue', { field }),
        hint: msg('fm.colonInValueHint', { line: fixed }),
        field: key,
      });
    }
    if (fixed !== undefined) lines[i] = fixed;
  }
  return { problems, repaired: lines.join('\n') };
}
