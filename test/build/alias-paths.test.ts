import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

/**
 * Issue 17: what `check` accepts, the build can write. Old URLs that are odd but valid pass the
 * check, and the build leaves a redirect page at each, in the file a host serves for that URL.
 */
const ODD: Array<[string, string]> = [
  ['/%E0%A4%AE%E0%A4%82%E0%A4%A1%E0%A5%80-%E0%A4%AD%E0%A4%BE%E0%A4%B5/', 'मंडी-भाव/index.html'],
  ['/2019/05/purani-khabar', '2019/05/purani-khabar/index.html'],
  ['/a/b/c/d/e/f/g/h/', 'a/b/c/d/e/f/g/h/index.html'],
  ['/purana/index.html', 'purana/index.html'],
  ['/story.php', 'story.php'],
  ['/Badi-Khabar/', 'Badi-Khabar/index.html'],
  [`/${'l'.repeat(255)}/`, `${'l'.repeat(255)}/index.html`],
  ['/x..y/', 'x..y/index.html'],
];
const STORY = `---\ntitle: पुरानी ख़बर नए पते पर\ndate: 2026-11-21\ncategory: khel\nauthor: asha-meena\ndistrict: barmer\nslug: naya-pata\naliases: [${ODD.map(([a]) => a).join(', ')}]\n---\nपाठ।\n`;

const build = suite('aliases: odd but valid old URLs pass check and are written by the build');
const out = join(tempDir(), '_site');
let content = '';
build.before(async () => {
  content = copyArchive({ 'articles/2026/11/naya-pata.md': STORY });
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: NOW }, out);
});
build('check accepts them all', () =>
  assert.equal(
    loadArticles(content).errors.map((e) => e.format()),
    [],
  ),
);
for (const [alias, file] of ODD) {
  build(`${alias.slice(0, 50)} → ${file.slice(0, 50)}`, () => {
    assert.ok(existsSync(join(out, file)), file);
    assert.match(readFileSync(join(out, file), 'utf8'), '<meta http-equiv="refresh" content="0; url=/2026/11/naya-pata/">');
  });
}
build('_redirects lists each old URL as written', () => {
  const redirects = readFileSync(join(out, '_redirects'), 'utf8');
  for (const [alias] of ODD)
    assert.ok(redirects.includes(`${alias.endsWith('/') || /\.[a-z]+$/.test(alias) ? alias : `${alias}/`} /2026/11/naya-pata/ 301`), alias);
});
build.run();
