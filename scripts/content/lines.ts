import { relative, isAbsolute } from 'node:path';
import { normalizeText } from '../hindi/normalize.ts';

/** 1-based line number of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** 1-based line of the first occurrence of `needle`, or 0 when it is not there. */
export function lineOfText(text: string, needle: string): number {
  const i = text.indexOf(needle);
  return i < 0 ? 0 : lineOfOffset(text, i);
}

/** A path as an editor would type it: relative to the working directory when inside it. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path.split('\\').join('/');
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split('\\').join('/');
}

/**
 * The key a YAML line declares, found without regular expressions (a key is content): `title: x` →
 * `title`, `"a: b": x` → `a: b`, `'it''s': x` → `it's`; undefined when the line has no key. Quoted
 * keys are unescaped and normalised as the parser's keys are, so they compare equal.
 */
export function yamlKeyOf(line: string): string | undefined {
  const t = line.trimStart();
  const quote = t[0];
  if (quote !== '"' && quote !== "'") {
    const colon = t.indexOf(':');
    return colon < 0 ? undefined : t.slice(0, colon).trimEnd();
  }
  let i = 1;
  let key = '';
  for (; i < t.length; i++) {
    const c = t[i]!;
    if (quote === "'" && c === "'" && t[i + 1] === "'") key += t[++i];
    else if (quote === '"' && c === '\\') key += c + (t[++i] ?? '');
    else if (c === quote) break;
    else key += c;
  }
  if (
    i >= t.length ||
    !t
      .slice(i + 1)
      .trimStart()
      .startsWith(':')
  )
    return undefined;
  if (quote === "'") return normalizeText(key);
  try {
    return normalizeText(JSON.parse(`"${key}"`) as string);
  } catch {
    return key; // YAML escapes JSON lacks (\x41, \e): compared as written
  }
}
