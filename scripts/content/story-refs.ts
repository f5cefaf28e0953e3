import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SiteData } from './data-files.ts';
import type { ValidArticle } from './validate.ts';

/** The fields of a story that point to entries of the data files: stored as indexes into their lists. */
const REFS = [
  ['category', 'categories'],
  ['district', 'districts'],
  ['authors', 'authors'],
  ['source', 'sources'],
] as const;

/** Each data file's entries by object, to store a story's entries as their indexes (`toIndexes`). */
export type RefIndex = Map<unknown, number>[];

/** The index of every entry of `data`'s lists. */
export function refIndex(data: SiteData): RefIndex {
  return REFS.map(([, list]) => new Map<unknown, number>(data[list].map((e, i) => [e, i])));
}

/** A story with its data-file entries as indexes, or undefined when one is not from the data files. */
export function toIndexes(valid: ValidArticle, index: RefIndex): ValidArticle | undefined {
  const v: Record<string, unknown> = { ...valid };
  for (const [n, [key]] of REFS.entries()) {
    const at = v[key];
    if (at === undefined) continue;
    const i = Array.isArray(at) ? at.map((e) => index[n]!.get(e)) : index[n]!.get(at);
    if (i === undefined || (Array.isArray(i) && i.includes(undefined))) return undefined;
    v[key] = i;
  }
  return v as unknown as ValidArticle;
}

/** A stored story's indexes back to `data`'s own entries, in place (the story was just read from its file). */
export function fromIndexes(valid: ValidArticle, data: SiteData): void {
  const v = valid as unknown as Record<string, unknown>;
  for (const [key, list] of REFS) {
    const at = v[key];
    if (at !== undefined) v[key] = Array.isArray(at) ? at.map((i: number) => data[list][i]) : data[list][at as number];
  }
}

/** Writes `file` under a temporary name, then renames it: a build killed here leaves the previous file. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const temp = `${file}.${process.pid}`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(temp, bytes);
    renameSync(temp, file);
  } catch {
    rmSync(temp, { force: true });
  }
}
