import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { ContentErrors } from '../../scripts/content/errors.ts';
import { copyArchive, FIXTURES, NOW, tempDir, treeHash } from '../helpers/archive.ts';

const bad = suite('buildSite: bad input leaves the previous site untouched');
const out = join(tempDir(), '_site');

bad.before(async () => {
  await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
});

for (const fixture of ['unknown-category.md', 'impossible-date.md', 'not-utf8.md', 'empty.md', 'yaml-broken.md']) {
  bad(`${fixture}: ContentErrors, same bytes in _site, no temp folder left`, async () => {
    const before = treeHash(out);
    const content = copyArchive({ [`articles/2026/11/${fixture}`]: readFileSync(join(FIXTURES, 'bad', fixture)) });
    let caught: unknown;
    try {
      await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
    } catch (e) {
      caught = e;
    }
    assert.instance(caught, ContentErrors);
    assert.match((caught as Error).message, fixture);
    assert.match((caught as Error).message, 'पहले वाली साइट जैसी थी वैसी ही है');
    assert.is(treeHash(out), before);
    assert.equal(
      readdirSync(dirname(out)).filter((n) => n.startsWith('.site-build')),
      [],
    );
  });
}

bad('a successful build replaces the site', async () => {
  const before = treeHash(out);
  const content = copyArchive({
    'articles/2026/11/nayi.md':
      '---\ntitle: नई ख़बर\ndate: 2026-11-21\ncategory: khel\nauthor: asha-meena\ndistrict: barmer\n---\nनया पाठ।\n',
  });
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
  assert.is.not(treeHash(out), before);
  assert.match(readFileSync(join(out, 'khel/index.html'), 'utf8'), 'नई ख़बर');
});

bad.run();
