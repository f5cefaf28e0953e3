import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { copyArchive, tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const build = (content: string, out: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/build.ts'), '--content', content, '--out', out, '--no-cache', ...args],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );

const cli = suite('npm run build: --path-prefix and SAMACHAR_PATH_PREFIX');
const content = copyArchive();
const outs = tempDir();
cli.after(() => [content, outs].forEach((d) => rmSync(d, { recursive: true, force: true })));

cli('the flag builds the site for that folder, over site.json', () => {
  const out = join(outs, 'flag');
  const r = build(content, out, ['--path-prefix', '/repo/']);
  assert.is(r.status, 0, r.stderr);
  assert.match(readFileSync(join(out, 'robots.txt'), 'utf8'), 'Disallow: /repo/admin/');
  assert.match(readFileSync(join(out, 'index.html'), 'utf8'), 'href="/repo/khoj/"');
  assert.is(JSON.parse(readFileSync(join(out, 'pagefind/manifest.json'), 'utf8')).baseUrl, '/repo/');
});

cli('a bad value stops the build with the editor message, naming the variable; nothing is written', () => {
  const out = join(outs, 'bad');
  const r = build(content, out, [], { SAMACHAR_PATH_PREFIX: 'repo' });
  assert.is(r.status, 1);
  assert.match(r.stderr, 'pathPrefix / से शुरू और / पर ख़त्म होना चाहिए');
  // Hindi by default: the editor reads which variable set the value.
  assert.match(r.stderr, '(SAMACHAR_PATH_PREFIX से तय हुआ)');
  assert.not.ok(existsSync(join(out, 'index.html')));
});

cli.run();
