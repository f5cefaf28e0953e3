import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { copyAssets } from '../../scripts/images/plugin.ts';
import { tempDir } from '../helpers/archive.ts';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => !e.isDirectory())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

const copy = suite('copyAssets: only inert files of the allowed types, never a link');
copy('the allow-list is copied; HTML, SVG, CSS, scripts, dot files and links are not', () => {
  const content = tempDir();
  const secret = join(tempDir(), 'passwd');
  writeFileSync(secret, 'root:x:0:0');
  const files: Record<string, string> = {
    'logo.png': 'png',
    'social-card.jpg': 'jpg',
    'fonts/x.woff2': 'font',
    'notices/suchna.pdf': 'pdf',
    'ads.txt': 'txt',
    'favicon.ico': 'ico',
    'evil.svg': '<svg><script>1</script></svg>',
    'page.html': '<script>1</script>',
    'style.css': 'x',
    'app.js': 'x',
    '.htaccess': 'x',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(content, 'assets', name, '..'), { recursive: true });
    writeFileSync(join(content, 'assets', name), text);
  }
  symlinkSync(secret, join(content, 'assets/passwd.txt'));
  symlinkSync(join(secret, '..'), join(content, 'assets/bahar'));
  const out = tempDir();
  assert.is(copyAssets(content, out), 6);
  const copied = filesUnder(join(out, 'assets'));
  assert.equal(copied, ['ads.txt', 'favicon.ico', 'fonts/x.woff2', 'logo.png', 'notices/suchna.pdf', 'social-card.jpg']);
  for (const f of copied) assert.ok(lstatSync(join(out, 'assets', f)).isFile(), f);
});
copy('no assets folder, nothing copied', () => assert.is(copyAssets(tempDir(), tempDir()), 0));
copy.run();
