import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { relatedConfigSchema } from '../../scripts/content/related-settings.ts';
import { relatedInternalsSchema, resolveRelatedConfig } from '../../scripts/related/resolve.ts';

const resolve = suite('resolveRelatedConfig');

/** The related config as it was before the public settings and internal constants were separated. */
const BEFORE = {
  count: 5,
  minScore: 0.04,
  recencyHalfLifeDays: 365,
  weights: { text: 1, title: 2, tags: 0.3, district: 0.05, category: 0.05, author: 0.01, recency: 0.2 },
  queryTerms: 100,
  maxDocFrequency: 0.3,
  maxPostings: 250,
  maxScan: 4000,
  bodyChars: 3000,
  idfExponent: 0.7,
  subwordBelow: 40,
  candidates: 30,
  expansion: 1,
  expansionNeighbours: 30,
  expandedTerms: 180,
};

resolve('the defaults are the values of before, every one', () => {
  const { text, title, author, ...weights } = BEFORE.weights;
  const expected = { ...BEFORE, weights, textWeight: text, titleWeight: title, authorWeight: author };
  assert.equal(resolveRelatedConfig(), expected);
  assert.equal(resolveRelatedConfig(relatedConfigSchema.parse({})), expected, 'from a parsed empty block');
});

resolve('settings and internal overrides replace only what they name', () => {
  const config = resolveRelatedConfig({ count: 3, weights: { tags: 1 } }, { expansion: 0 });
  assert.is(config.count, 3);
  assert.equal(config.weights, { tags: 1, district: 0.05, category: 0.05, recency: 0.2 });
  assert.is(config.expansion, 0);
  assert.is(config.minScore, 0.04);
  assert.is(config.expandedTerms, 180);
});

resolve('the config is frozen, so no stage can change it for the next', () => {
  const config = resolveRelatedConfig();
  assert.ok(Object.isFrozen(config) && Object.isFrozen(config.weights));
});

const internals = suite('relatedInternalsSchema (eval:related --internal)');

const cases: Array<[unknown, boolean]> = [
  [{}, true],
  [{ queryTerms: 40, expansion: 0 }, true],
  [{ queryTerms: 0 }, false],
  [{ maxDocFrequency: 2 }, false],
  [{ bodyChars: 1.5 }, false],
  [{ queryTerm: 40 }, false],
];
for (const [input, ok] of cases) {
  internals(`${ok ? 'accepts' : 'refuses'} ${JSON.stringify(input)}`, () => {
    assert.is(relatedInternalsSchema.safeParse(input).success, ok);
  });
}

resolve.run();
internals.run();
