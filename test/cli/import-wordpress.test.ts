import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { copyArchive, FIXTURES, tempDir } from '../helpers/archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const WXR = join(FIXTURES, 'wordpress/marudhar.xml');
const importer = (cwd: string, ...args: string[]) =>
  spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/cli/import-wordpress.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });

const cli = suite('npm run import:wordpress');

cli('--plan writes map.json and lists it; the import follows the reviewed map and sums up', () => {
  const cwd = tempDir();
  const content = copyArchive();
  const plan = importer(cwd, '--wxr', WXR, '--content', content, '--plan');
  assert.is(plan.status, 0, plan.stderr);
  assert.match(plan.stdout, '  जालोर (jalore), 2 posts → district jalore\n');
  assert.match(plan.stdout, 'Wrote map.json: review it');
  const map = JSON.parse(readFileSync(join(cwd, 'map.json'), 'utf8'));
  assert.is(importer(cwd, '--wxr', WXR, '--content', content, '--plan').status, 1, 'a reviewed map was overwritten');

  map.defaults.category = 'rajniti';
  writeFileSync(join(cwd, 'map.json'), JSON.stringify(map));
  const run = importer(cwd, '--wxr', WXR, '--content', content);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, 'Articles and pages: 4 new, 0 updated, 0 unchanged, 0 kept as they were (1 drafts)\n');
  assert.match(run.stdout, '  1 × private post\n');
  assert.match(run.stdout, '  [contact-form-7] in 1 posts\n');
  assert.ok(existsSync(join(content, 'articles/2025/03/nahar-ka-pani.md')));
});

cli('a malformed export, a missing map or a missing --wxr: exit 1 with what to do', () => {
  const cwd = tempDir();
  const content = copyArchive();
  const cases: Array<[string[], string]> = [
    [['--wxr', join(FIXTURES, 'wordpress/broken.xml'), '--plan'], 'broken.xml:7: '],
    [['--wxr', WXR], 'map.json does not exist — run with --plan first'],
    [['--plan'], '--wxr is missing'],
  ];
  for (const [args, message] of cases) {
    const r = importer(cwd, ...args, '--content', content);
    assert.is(r.status, 1, args.join(' '));
    assert.match(r.stderr, message);
  }
});

cli.run();
