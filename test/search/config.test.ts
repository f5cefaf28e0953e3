import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

test('config.ts is a leaf: the site config reads it without pulling in the search build', () => {
  const source = readFileSync(new URL('../../scripts/search/config.ts', import.meta.url), 'utf8');
  assert.not.match(source, /^\s*import\b|\bimport\(|^\s*export .* from /m);
});

test.run();
