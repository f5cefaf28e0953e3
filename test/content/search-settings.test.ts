import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

test('search-settings.ts imports nothing: the search build reads its defaults from content/, never the other way', () => {
  const source = readFileSync(new URL('../../scripts/content/search-settings.ts', import.meta.url), 'utf8');
  assert.not.match(source, /^\s*import\b|\bimport\(|^\s*export .* from /m);
});

test.run();
