import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { romanBucket } from '../../../scripts/search/browser/roman-bucket.ts';
import { romanLookup } from '../../../scripts/search/browser/roman-lookup.ts';

const info = { path: 'pagefind/roman/', buckets: 4 };
const files: Record<string, Record<string, string>> = {};
for (const [key, words] of [
  ['jalor', 'जालोर'],
  ['dal', 'दल दाल'],
  ['kisan', 'किसान'],
] as const) {
  const path = `${info.path}${romanBucket(key, info.buckets)}.json`;
  (files[path] ??= {})[key] = words;
}

const lookup = suite('romanLookup');
lookup('fetches only the buckets of the keys asked, each once', async () => {
  const fetched: string[] = [];
  const words = romanLookup(info, async (p) => (fetched.push(p), files[p] ?? {}));
  assert.equal(
    [...(await words(['jalor', 'dal', 'nahin']))],
    [
      ['jalor', ['जालोर']],
      ['dal', ['दल', 'दाल']],
    ],
  );
  await words(['jalor']);
  assert.equal(fetched.length, new Set(fetched).size);
  assert.ok(fetched.includes(`${info.path}${romanBucket('jalor', 4)}.json`));
});
lookup('a bucket that fails to load gives no words and is tried again later', async () => {
  let fail = true;
  const words = romanLookup(info, async (p) => {
    if (fail) throw new Error('offline');
    return files[p] ?? {};
  });
  assert.is((await words(['kisan'])).size, 0);
  fail = false;
  assert.equal((await words(['kisan'])).get('kisan'), ['किसान']);
});
lookup('an empty map fetches nothing', async () => {
  const words = romanLookup({ path: 'x/', buckets: 0 }, async () => assert.unreachable('fetched'));
  assert.is((await words(['jalor'])).size, 0);
});

const bucket = suite('romanBucket');
bucket('stable across builds and browsers (FNV-1a): these values must never change', () => {
  assert.equal(
    ['jalor', 'kisan', 'chunav', ''].map((k) => romanBucket(k, 1024)),
    [725, 665, 230, 453],
  );
});
bucket('always within range', () => {
  for (const k of ['a', 'bb', 'chunav', 'mukhyamantri'])
    for (const n of [1, 2, 64]) assert.ok(romanBucket(k, n) >= 0 && romanBucket(k, n) < n);
});

lookup.run();
bucket.run();
