import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { groupOf, shareLines, summariseProfile, type CpuProfile } from '../../scripts/bench/cpu-profile.ts';

const group = suite('groupOf');
for (const [url, fn, want] of [
  ['file:///p/node_modules/nunjucks/src/environment.js', 'render', 'nunjucks'],
  ['file:///p/node_modules/a-sync-waterfall/index.js', 'x', 'nunjucks'],
  ['file:///p/node_modules/@11ty/eleventy/src/Template.js', 'x', 'eleventy'],
  ['file:///p/node_modules/markdown-it/lib/index.mjs', 'x', 'markdown-it'],
  ['file:///p/node_modules/mdurl/encode.mjs', 'x', 'markdown-it'],
  ['file:///p/node_modules/luxon/build/node/luxon.js', 'x', 'luxon'],
  ['file:///p/scripts/seo/json-ld.ts', 'x', 'samachar:seo'],
  ['node:internal/fs/promises', 'x', 'node internals'],
  ['', '(garbage collector)', '(garbage collector)'],
  ['', 'replace', '(built-ins)'],
] as const) {
  group(`${url || fn} → ${want}`, () => assert.is(groupOf(url, fn), want));
}

// root → eleventy render → nunjucks → markdown filter; and a GC sample with no stack.
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 5] },
    { id: 2, callFrame: { functionName: 'render', url: 'file:///p/node_modules/@11ty/eleventy/src/Template.js' }, children: [3] },
    { id: 3, callFrame: { functionName: 'root', url: 'file:///p/node_modules/nunjucks/src/environment.js' }, children: [4] },
    { id: 4, callFrame: { functionName: 'render', url: 'file:///p/node_modules/markdown-it/lib/index.mjs' } },
    { id: 5, callFrame: { functionName: '(garbage collector)', url: '' } },
  ],
  samples: [2, 3, 3, 4, 5, 3],
  timeDeltas: [1000, 1000, 1000, 2000, 1000, 1000],
};

const summary = suite('summariseProfile');
summary('self time by group, and what ran with a Nunjucks frame on the stack', () => {
  const s = summariseProfile(PROFILE);
  assert.equal(s.self, { eleventy: 0.001, nunjucks: 0.003, 'markdown-it': 0.002, '(garbage collector)': 0.001 });
  assert.equal(s.underNunjucks, { nunjucks: 0.003, 'markdown-it': 0.002 });
  assert.is(Math.round(s.seconds * 1e6), 7000);
});

summary('shares largest first, small ones left out', () => {
  assert.equal(shareLines({ a: 1, b: 3, c: 0.001 }, 4), [`b${' '.repeat(23)}  75.0%`, `a${' '.repeat(23)}  25.0%`]);
});

group.run();
summary.run();
