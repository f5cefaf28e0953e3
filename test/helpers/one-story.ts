import * as assert from 'uvu/assert';
import { loadContent } from '../../scripts/content/index.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import type { ValidArticle } from '../../scripts/content/validate.ts';
import { copyArchive } from './archive.ts';

/**
 * Loads one story, `articles/2026/11/x.md` with `text`, in a copy of the fixture archive with
 * `files` added, and returns its problems and its record (undefined when it was refused).
 */
export function loadStory(
  text: string,
  files: Record<string, string | Uint8Array> = {},
): { errors: ContentError[]; record?: ValidArticle } {
  const { errors, records } = loadContent(copyArchive({ 'articles/2026/11/x.md': text, ...files }));
  return { errors: errors.filter((e) => e.file.endsWith('x.md')), record: records.find((r) => r.raw.id.endsWith('x.md')) };
}

/** Asserts a problem whose message contains `message`, at `line`, with a hint containing `hint`, and no record. */
export function assertRefused(result: ReturnType<typeof loadStory>, message: string, line: number, hint: string): void {
  const e = result.errors.find((x) => x.message.includes(message));
  assert.ok(e, `expected "${message}" in ${result.errors.map((x) => x.format()).join(' | ')}`);
  assert.is(e!.line, line, e!.format());
  assert.ok((e!.hint ?? '').includes(hint), e!.format());
  assert.is(result.record, undefined);
}
