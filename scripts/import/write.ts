import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { dump } from 'js-yaml';
import type { Vocab } from './import-map.ts';

/** What happened to one file. */
export type WriteOutcome = 'written' | 'unchanged' | 'updated' | 'kept';

/** An article file's text: YAML front-matter (lists inline, as editors write them) and the body. */
export function articleText(fm: Record<string, unknown>, body: string): string {
  return `---\n${dump(fm, { flowLevel: 1, lineWidth: -1 })}---\n\n${body}`;
}

/** A short fingerprint of a file's text, kept in the import state to tell an untouched import from an edited one. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Writes `text` at `path` unless the same text is there already (a second run changes nothing) or
 * another text is there that the last import did not write as it is now (`written`: its fingerprint
 * then), which only `force` replaces: an editor's change or existing content is never overwritten unasked.
 */
export function writeOnce(path: string, text: string, force: boolean, written?: string): WriteOutcome {
  const had = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (had === text) return 'unchanged';
  if (had !== undefined && !force && fingerprint(had) !== written) return 'kept';
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return had === undefined ? 'written' : 'updated';
}

/**
 * Adds the entries a data file (`_data/categories.json`…) lacks, one entry a line as the sample
 * archive writes them; an existing entry is never changed. Returns how many were added.
 */
export function addVocab(contentDir: string, file: string, wanted: Map<string, string>): number {
  const path = join(contentDir, '_data', file);
  const list = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Vocab[]) : [];
  const have = new Set(list.map((v) => v.slug));
  const added = [...wanted].filter(([slug]) => !have.has(slug)).map(([slug, name]) => ({ slug, name }));
  if (added.length === 0) return 0;
  const all = [...list, ...added];
  writeFileSync(path, `[\n${all.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n]\n`);
  return added.length;
}
