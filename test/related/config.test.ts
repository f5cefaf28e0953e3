import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildRelated, DEFAULT_RELATED_CONFIG, validateRelatedConfig } from '../../scripts/related/index.ts';

const validate = suite('validateRelatedConfig');

validate('no input, empty object and the defaults themselves are valid', () => {
  for (const input of [undefined, null, {}, DEFAULT_RELATED_CONFIG]) {
    const { config, errors } = validateRelatedConfig(input);
    assert.equal(errors, []);
    assert.equal(config, DEFAULT_RELATED_CONFIG);
  }
});

validate('overrides merge over the defaults, weights field by field', () => {
  const { config, errors } = validateRelatedConfig({ count: 3, weights: { title: 4 } });
  assert.equal(errors, []);
  assert.is(config.count, 3);
  assert.is(config.weights.title, 4);
  assert.is(config.weights.district, DEFAULT_RELATED_CONFIG.weights.district);
  assert.is(config.minScore, DEFAULT_RELATED_CONFIG.minScore);
});

const bad: Array<[unknown, string]> = [
  [{ weights: { title: -1 } }, 'weights.title must be between 0 and 10, got -1'],
  [{ weights: { recency: 1.5 } }, 'weights.recency must be between 0 and 1, got 1.5'],
  [{ count: 0 }, 'count must be an integer between 1 and 50, got 0'],
  [{ count: 2.5 }, 'count must be an integer between 1 and 50, got 2.5'],
  [{ count: '5' }, 'count must be an integer between 1 and 50, got "5"'],
  [{ minScore: 2 }, 'minScore must be between 0 and 1, got 2'],
  [{ minScore: null }, 'minScore must be a number between 0 and 1, got null'],
  [{ maxDocFrequency: Number.NaN }, 'maxDocFrequency must be a number between 0 and 1, got NaN'],
  [{ queryTerms: 1000 }, 'queryTerms must be an integer between 1 and 500, got 1000'],
  [{ recencyHalfLifeDays: 0 }, 'recencyHalfLifeDays must be between 1 and 36500, got 0'],
  [{ expansionNeighbours: 60 }, 'expansionNeighbours (60) must not exceed candidates (30)'],
  [{ weight: { title: 2 } }, 'weight is not a related setting (known: count, minScore, weights,'],
  [{ weights: { titel: 2 } }, 'weights.titel is not a related setting (known: text, title, tags,'],
  [{ weights: 3 }, 'weights must be an object like {"title": 3}, got 3'],
  [[1, 2], 'related must be an object of settings, got a list'],
  ['fast', 'related must be an object of settings, got "fast"'],
];
for (const [input, message] of bad) {
  validate(`rejects ${JSON.stringify(input)}`, () => {
    const { errors } = validateRelatedConfig(input);
    assert.is(errors.length, 1, errors.join('; '));
    assert.ok(errors[0]!.startsWith(message), errors[0]);
  });
}

validate('a wrong field keeps its default and every problem is reported', () => {
  const { config, errors } = validateRelatedConfig({ count: -1, weights: { tags: 20, author: -2 } });
  assert.is(errors.length, 3);
  assert.is(config.count, DEFAULT_RELATED_CONFIG.count);
  assert.is(config.weights.tags, DEFAULT_RELATED_CONFIG.weights.tags);
});

validate('buildRelated refuses a bad config, naming every field', () => {
  assert.throws(
    () => buildRelated([], { count: 0, weights: { title: -1 } }),
    (e: Error) => e.message.includes('count must be an integer') && e.message.includes('weights.title must be'),
  );
});

validate.run();
