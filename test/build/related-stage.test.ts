import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
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
  assert.equal(readdirSync(dir), ['state-1.bin'], 'state written');
  const more = [...docs, doc({ id: 'story-new', title: 'गेहूं मंडी में किसानों की खरीद', text: 'समर्थन मूल्य पर तौल शुरू।', category: 'c0' })];
  assert.is(picks(computeRelated(catalogOf(more), {}, NOW, dir)), picks(computeRelated(catalogOf(more), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

stage('a damaged state file is ignored: the lists are computed afresh', () => {
  const work = tempDir('samachar-related-');
  const dir = join(work, 'related');
  const docs = syntheticArchive(60, 9);
  computeRelated(catalogOf(docs), {}, NOW, dir);
  writeFileSync(join(dir, readdirSync(dir)[0]!), 'not a state');
  assert.is(picks(computeRelated(catalogOf(docs), {}, NOW, dir)), picks(computeRelated(catalogOf(docs), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

/** Stories as the build gives them: each with its file's path, its text counted as it is read. */
function withPaths(docs: ReturnType<typeof syntheticArchive>, reads: Set<string>) {
  return docs.map((d) => {
    const { text, ...rest } = d;
    return Object.defineProperty({ ...rest, sourcePath: `/c/${d.id}.md` }, 'text', {
      get: () => (reads.add(d.id), text),
      enumerable: true,
    }) as unknown as typeof d;
  });
}

stage('with story versions, only a story whose version changed has its text read, and the lists are those of a full computation', () => {
  const work = tempDir('samachar-related-');
  const dir = join(work, 'related');
  const reads = new Set<string>();
  const docs = syntheticArchive(120, 5);
  const version = new Map(docs.map((d) => [`/c/${d.id}.md`, `v1:${d.id}`]));
  computeRelated(catalogOf(withPaths(docs, reads)), {}, NOW, dir, (p) => version.get(p));
  const edited = docs.map((d) => (d.id === 'story-00007' ? { ...d, text: `${d.text} गेहूं खरीद केंद्र पर किसानों की कतार।` } : d));
  version.set('/c/story-00007.md', 'v2:story-00007');
  reads.clear();
  const incremental = computeRelated(catalogOf(withPaths(edited, reads)), {}, NOW, dir, (p) => version.get(p));
  assert.equal([...reads], ['story-00007']);
  assert.is(picks(incremental), picks(computeRelated(catalogOf(edited), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

stage('a state made without story versions and read with them (and back) gives the lists of a full computation', () => {
  const work = tempDir('samachar-related-');
  const dir = join(work, 'related');
  const docs = syntheticArchive(90, 3);
  const more = [...docs, doc({ id: 'story-new', title: 'बांध से नहर में पानी छोड़ा', text: 'किसानों को राहत।', category: 'c3' })];
  const version = (p: string) => `v1:${p}`;
  computeRelated(catalogOf(withPaths(docs, new Set())), {}, NOW, dir);
  assert.is(
    picks(computeRelated(catalogOf(withPaths(more, new Set())), {}, NOW, dir, version)),
    picks(computeRelated(catalogOf(more), {}, NOW)),
  );
  assert.is(picks(computeRelated(catalogOf(withPaths(docs, new Set())), {}, NOW, dir)), picks(computeRelated(catalogOf(docs), {}, NOW)));
  rmSync(work, { recursive: true, force: true });
});

stage.run();
