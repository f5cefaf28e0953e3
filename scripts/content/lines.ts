import { relative, isAbsolute } from 'node:path';

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
