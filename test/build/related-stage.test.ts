import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeRelated } from '../../scripts/build/related-stage.ts';
import type { Catalog } from '../../scripts/catalog/types.ts';
import { doc, NOW } from '../related/build-doc.ts';
import { syntheticArchive } from '../related/synthetic.ts';
import { tempDir } from '../helpers/archive.ts';

const stage = suite('computeRelated with a cache folder');

const catalogOf = (articles: ReturnType<typeof syntheticArchive>) => ({ articles }) as unknown as Catalog;
/** Each list as ids and scores, in key order: what the pages show. */
const picks = (m: ReturnType<typeof computeRelated>) =>
  JSON.stringify([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, l]) => [id, l.map((e) => [e.article.id, e.score, e.fallback])]));

stage('keeps its state between builds, and a later build gives the lists of a build without one', () => {
  const work = tempDir('samachar-related-');
  const dir = join(work, 'related');
  const docs = syntheticArchive(120, 5);
  computeRelated(catalogOf(docs), {}, NOW, dir);
  assert.ok(existsSync(join(dir, 'state.v8')), 'state written');
  const more = [...docs, doc({ id: 'story-new', title: 'गेहूं मंडी में किसानों की खरीद', text: 'समर्थन मूल्य पर तौल शुरू।', category: 'c0' })];
  assert.is(picks(computeRelated(catalogOf(more), {}, NOW, dir)), picks(computeRelated(catalogOf(more), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

stage('a damaged state file is ignored: the lists are computed afresh', () => {
  const work = tempDir('samachar-related-');
  const dir = join(work, 'related');
  const docs = syntheticArchive(60, 9);
  computeRelated(catalogOf(docs), {}, NOW, dir);
  writeFileSync(join(dir, 'state.v8'), 'not a state');
  assert.is(picks(computeRelated(catalogOf(docs), {}, NOW, dir)), picks(computeRelated(catalogOf(docs), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

stage.run();
