import { readFileSync, rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { render, type Lang, type Msg } from '../../scripts/content/messages.ts';
import { relatedConfigSchema } from '../../scripts/content/related-settings.ts';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';
import { copyArchive } from '../helpers/archive.ts';

/** The messages of a rejected input in one language, `path: message` as the content loader prints them. */
function problems(input: unknown, lang: Lang = 'en'): string[] {
  const r = relatedConfigSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${text(siteIssueMessage(i), lang)}`);
}
const text = (m: Msg | string, lang: Lang) => (typeof m === 'string' ? m : render(m, lang));

const schema = suite('relatedConfigSchema');

schema('an empty block, or one weight, gives the documented defaults', () => {
  const defaults = {
    count: 5,
    minScore: 0.04,
    weights: { tags: 0.3, district: 0.05, category: 0.05, recency: 0.2 },
    recencyHalfLifeDays: 365,
  };
  assert.equal(relatedConfigSchema.parse({}), defaults);
  assert.equal(relatedConfigSchema.parse({ weights: { district: 0.2 } }), { ...defaults, weights: { ...defaults.weights, district: 0.2 } });
});

/** Each public field: its path, range, whether it must be whole, and a value that is neither bound. */
const FIELDS: Array<[string, number, number, boolean]> = [
  ['count', 1, 50, true],
  ['minScore', 0, 1, false],
  ['recencyHalfLifeDays', 1, 36_500, false],
  ['weights.tags', 0, 10, false],
  ['weights.district', 0, 10, false],
  ['weights.category', 0, 10, false],
  ['weights.recency', 0, 1, false],
];

/** `{ weights: { tags: v } }` for 'weights.tags'. */
const at = (path: string, value: unknown): Record<string, unknown> => {
  const [head, tail] = path.split('.');
  return tail === undefined ? { [head!]: value } : { [head!]: { [tail]: value } };
};

for (const [path, min, max, integer] of FIELDS) {
  schema(`${path}: accepts ${min} and ${max}`, () => {
    for (const value of [min, max]) {
      const r = relatedConfigSchema.safeParse(at(path, value));
      assert.ok(r.success, `${path} = ${value}: ${problems(at(path, value)).join('; ')}`);
    }
  });
  const bad: unknown[] = [min - 1, max + 1, String(min), null, Number.NaN, ...(integer ? [min + 0.5] : [])];
  for (const value of bad) {
    schema(`${path}: refuses ${typeof value === 'string' ? JSON.stringify(value) : String(value)}, naming the field and its range`, () => {
      const found = problems(at(path, value));
      assert.is(found.length, 1, found.join('; '));
      assert.ok(
        found[0]!.startsWith(`${path}: ${path} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max} (default `),
        found[0],
      );
    });
  }
}

const refused: Array<[string, unknown, string]> = [
  ['a misspelt setting', { cuont: 5 }, ': "cuont" is not a related setting; related takes count, minScore, weights, recencyHalfLifeDays'],
  [
    'a misspelt weight',
    { weights: { tag: 0.5 } },
    'weights: "weights.tag" is not a related setting; weights takes tags, district, category, recency',
  ],
  ['an internal constant', { queryTerms: 40 }, ': "queryTerms" is not a related setting'],
  ['an internal weight', { weights: { title: 3 } }, 'weights: "weights.title" is not a related setting'],
  ['weights that are not an object', { weights: 3 }, 'weights: weights must be an object like {"tags": 0.3}, got 3'],
  ['a block that is not an object', 'fast', ': related must be an object like {"count": 5}, got "fast"'],
  ['a list', [5], ': related must be an object like {"count": 5}, got a list'],
];
for (const [name, input, message] of refused) {
  schema(`refuses ${name} by name`, () => {
    const found = problems(input);
    assert.is(found.length, 1, found.join('; '));
    assert.ok(found[0]!.startsWith(message), found[0]);
  });
}

schema('every problem of a block is reported at once', () => {
  assert.is(problems({ count: 0, cuont: 1, weights: { tags: 20, author: 1 } }).length, 4);
});

schema('the refusals print in Hindi by default, with the same figures', () => {
  assert.equal(problems({ count: 2.5, weights: { tag: 1 } }, 'hi'), [
    'count: count 1 से 50 तक की कोई पूरी संख्या होनी चाहिए, बिना उद्धरण चिह्नों के (न लिखें तो 5); लिखा है 2.5',
    'weights: "weights.tag" मिलती-जुलती ख़बरों (related) की कोई सेटिंग नहीं है — weights में ये लिखी जा सकती हैं: tags, district, category, recency',
  ]);
  assert.equal(problems({ minScore: '0.1', weights: [1] }, 'hi'), [
    'minScore: minScore 0 से 1 तक की कोई संख्या होनी चाहिए, बिना उद्धरण चिह्नों के (न लिखें तो 0.04); लिखा है "0.1"',
    'weights: weights की सेटिंग { } कोष्ठकों में लिखी जाती हैं, जैसे {"tags": 0.3}; लिखा है एक सूची [ ]',
  ]);
});

schema('related-settings.ts needs only zod and content/: the content loader validates site.json without loading the algorithm', () => {
  const source = readFileSync(new URL('../../scripts/content/related-settings.ts', import.meta.url), 'utf8');
  const imports = [...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)].map((m) => m[1]!);
  assert.ok(imports.includes('zod'));
  assert.equal(
    imports.filter((i) => i !== 'zod' && !/^\.\/[\w-]+\.ts$/.test(i)),
    [],
  );
  assert.not.match(source, /\bimport\(/);
});

const site = suite('related in site.json');

/** loadSiteData on the fixture archive with `related` set to `block` (a JSON text) on line 4 of site.json. */
function loadWith(block: string): { errors: ContentError[]; related: unknown } {
  const dir = copyArchive({ '_data/site.json': `{\n  "title": "समाचार",\n  "url": "https://example.org",\n  "related": ${block}\n}\n` });
  const errors: ContentError[] = [];
  const related = loadSiteData(dir, errors).site.related;
  rmSync(dir, { recursive: true });
  return { errors, related };
}

site('a valid block reaches the site config with the defaults filled in', () => {
  const { errors, related } = loadWith('{ "count": 3, "weights": { "district": 0.1 } }');
  assert.equal(errors, []);
  assert.equal(related, {
    count: 3,
    minScore: 0.04,
    weights: { tags: 0.3, district: 0.1, category: 0.05, recency: 0.2 },
    recencyHalfLifeDays: 365,
  });
});

site('every problem is reported at the related line of site.json, naming the field and what to write, in either language', () => {
  const { errors } = loadWith('{ "count": 0, "weights": { "title": 3 } }');
  const lines = (lang: Lang) => errors.map((e) => e.format({ lang }).replace(/^.*site\.json:/, 'site.json:')).sort();
  assert.equal(lines('en'), [
    'site.json:4: related.count: count must be a whole number from 1 to 50 (default 5), got 0',
    'site.json:4: related.weights: "weights.title" is not a related setting; weights takes tags, district, category, recency',
  ]);
  assert.equal(lines('hi'), [
    'site.json:4: related.count: count 1 से 50 तक की कोई पूरी संख्या होनी चाहिए, बिना उद्धरण चिह्नों के (न लिखें तो 5); लिखा है 0',
    'site.json:4: related.weights: "weights.title" मिलती-जुलती ख़बरों (related) की कोई सेटिंग नहीं है — weights में ये लिखी जा सकती हैं: tags, district, category, recency',
  ]);
});

schema.run();
site.run();
