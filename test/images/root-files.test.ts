import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lstatSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyRootFiles } from '../../scripts/images/root-files.ts';
import { tempDir } from '../helpers/archive.ts';

const copy = suite('copyRootFiles: root/ to the top of the site, only what the check accepts');
const GOOGLE = 'google0123456789abcdef.html';
copy('text, the icon and a true verification file are copied; the rest, and links, are not', () => {
  const content = tempDir();
  const secret = join(tempDir(), 'passwd');
  writeFileSync(secret, 'root:x:0:0');
  const files: Record<string, string> = {
    'ads.txt': 'google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n',
    'favicon.ico': 'ico',
    [GOOGLE]: `google-site-verification: ${GOOGLE}`,
    'google99.html': '<script>alert(1)</script>',
    'robots.txt': 'User-agent: *\nDisallow: /\n',
    'sw.js': 'self.onpush = () => {};',
    'index.html': '<script>1</script>',
    _headers: '/*\n  X: y\n',
    'purane/ads.txt': 'x',
    '.htaccess': 'x',
  };
  mkdirSync(join(content, 'root/purane'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(content, 'root', name), text);
  symlinkSync(secret, join(content, 'root/app-ads.txt'));
  const out = join(tempDir(), 'site');
  assert.is(copyRootFiles(content, out), 3);
  assert.equal(readdirSync(out).sort(), ['ads.txt', 'favicon.ico', GOOGLE]);
  for (const f of readdirSync(out)) assert.ok(lstatSync(join(out, f)).isFile(), f);
});
copy('no root folder, nothing copied', () => assert.is(copyRootFiles(tempDir(), tempDir()), 0));
copy.run();
