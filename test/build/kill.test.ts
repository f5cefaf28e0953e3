import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { recoverOut, removeLeftovers } from '../../scripts/publish/swap.ts';
import type { PausePoint } from '../../scripts/publish/pause-point.ts';
import { copyArchive, tempDir, treeHash } from '../helpers/archive.ts';
import { spawnBuild } from '../helpers/build-child.ts';

/** A story only the new build has, so the old and the new site differ. */
export const NEW_STORY = `---
title: गाँव की नई सड़क का काम शुरू
date: 2026-11-20
category: rajniti
author: asha-meena
district: jalore
tags: [सडक]
---
जालोर। गाँव की नई सड़क का काम सोमवार को शुरू हुआ। पंचायत ने बताया कि बरसात से पहले काम पूरा होगा।
`;

type State = 'old' | 'new' | 'missing' | 'broken';

/** How each build is stopped: at a named point, or a moment after a progress line. */
interface Kill {
  name: string;
  pause?: PausePoint;
  after?: RegExp;
  delay?: number;
  renames?: boolean;
  expect: State[];
}

const KILLS: Kill[] = [
  { name: 'at the swap', pause: 'before-swap', expect: ['old'] },
  { name: 'after the exchange, old site not yet removed', pause: 'swapped', expect: ['new'] },
  { name: 'as soon as the content is validated', after: /validated/, expect: ['old', 'new'] },
  { name: 'when the search index is done', after: /search index/, expect: ['old', 'new'] },
  { name: 'shortly after rendering', after: /rendered \d+ pages/, delay: 60, expect: ['old', 'new'] },
  { name: 'without exchange: between the two renames', pause: 'aside', renames: true, expect: ['missing'] },
  {
    name: 'without exchange: shortly after rendering',
    after: /rendered \d+ pages/,
    delay: 60,
    renames: true,
    expect: ['old', 'new', 'missing'],
  },
  { name: 'not killed', expect: ['new'] },
];

const test = suite('build killed at any instant (#17)');
const ctx = { parent: '', oldArchive: '', newArchive: '', oldHash: '', newHash: '' };

const leftovers = (out: string) => readdirSync(dirname(out)).filter((n) => n.startsWith('.site-build-_site-'));

async function noLeftovers(out: string): Promise<boolean> {
  for (let i = 0; i < 200 && leftovers(out).length > 0; i++) await new Promise((r) => setTimeout(r, 50));
  return leftovers(out).length === 0;
}

const stateOf = (out: string): State => {
  if (!existsSync(out)) return 'missing';
  const h = treeHash(out);
  return h === ctx.oldHash ? 'old' : h === ctx.newHash ? 'new' : 'broken';
};

test.before(async () => {
  ctx.parent = tempDir();
  ctx.oldArchive = copyArchive();
  ctx.newArchive = copyArchive({ 'articles/2026/11/nayi-sadak.md': NEW_STORY });
  const input = (contentDir: string) => ({ contentDir, includeDrafts: false, includeFuture: false, now: Date.now() });
  await buildSite(input(ctx.oldArchive), join(ctx.parent, 'old'));
  await buildSite(input(ctx.newArchive), join(ctx.parent, 'new'));
  ctx.oldHash = treeHash(join(ctx.parent, 'old'));
  ctx.newHash = treeHash(join(ctx.parent, 'new'));
});

test('the old and new sites differ (else the test could not tell them apart)', () => {
  assert.is.not(ctx.oldHash, ctx.newHash);
});

test('a kill at any of these instants leaves --out the complete old or new site; a build not killed publishes the new one', async () => {
  const seen = await Promise.all(
    KILLS.map(async (k, i) => {
      const out = join(ctx.parent, `kill-${i}`, '_site');
      mkdirSync(join(ctx.parent, `kill-${i}`));
      cpSync(join(ctx.parent, 'old'), out, { recursive: true });
      const env: Record<string, string> = k.pause ? { SAMACHAR_TEST_PAUSE_AT: k.pause } : {};
      if (k.renames) env.SAMACHAR_TEST_SWAP = 'renames';
      const child = spawnBuild(ctx.newArchive, out, env);
      try {
        if (k.pause || k.after) await child.waitFor(k.pause ? new RegExp(`samachar-pause: ${k.pause}`) : k.after!);
        else assert.is(await child.exited, 0, child.stderr());
        if (k.delay) await new Promise((r) => setTimeout(r, k.delay));
      } finally {
        await child.kill();
      }
      return { kill: k, out, state: stateOf(out) };
    }),
  );
  for (const { kill, out, state } of seen) {
    assert.ok(kill.expect.includes(state), `${kill.name}: --out is ${state}, expected ${kill.expect.join(' or ')}`);
    // The next build's first step puts the old site back where the fallback swap was cut.
    recoverOut(out);
    assert.ok(['old', 'new'].includes(stateOf(out)), `${kill.name}: after recovery --out is ${stateOf(out)}`);
    if (state === 'missing') assert.is(stateOf(out), 'old', `${kill.name}: the previous site is restored`);
    removeLeftovers(out);
    assert.ok(await noLeftovers(out), `${kill.name}: left ${leftovers(out).join(', ')}`);
  }
});

test('the next build into the same --out removes what a killed build left', async () => {
  const out = join(ctx.parent, 'next', '_site');
  mkdirSync(join(ctx.parent, 'next'));
  cpSync(join(ctx.parent, 'old'), out, { recursive: true });
  const child = spawnBuild(ctx.newArchive, out, { SAMACHAR_TEST_PAUSE_AT: 'before-swap' });
  try {
    await child.waitFor(/samachar-pause/);
  } finally {
    await child.kill();
  }
  assert.is(leftovers(out).length, 1);
  const lines: string[] = [];
  await buildSite({ contentDir: ctx.newArchive, includeDrafts: false, includeFuture: false, now: Date.now() }, out, {
    progress: (l) => lines.push(l),
  });
  assert.match(lines.join('\n'), 'removing what stopped builds left');
  assert.ok(await noLeftovers(out), leftovers(out).join(', '));
  assert.is(stateOf(out), 'new');
});

test.run();
