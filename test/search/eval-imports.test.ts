import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';

const scripts = new URL('../../scripts/', import.meta.url).pathname;
/** The eval's own code and the commands that run it: the only places allowed to import it. */
const EVAL = [/^search\/eval\//, /^cli\/eval-[^/]+\.ts$/];

test('no build or browser module imports the eval code (its fetch shim patches the global fetch)', () => {
  const offenders: string[] = [];
  const scanned: string[] = [];
  for (const entry of readdirSync(scripts, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const path = relative(scripts, join(entry.parentPath, entry.name));
    if (EVAL.some((re) => re.test(path))) continue;
    scanned.push(path);
    const source = readFileSync(join(scripts, path), 'utf8');
    if (/from '[^']*search\/eval\/|from '\.\/eval\/|from '\.\.\/eval\//.test(source)) offenders.push(path);
  }
  // A wrong folder would scan nothing and pass: the modules the rule protects must be among those read.
  assert.ok(
    ['search/index.ts', 'search/browser/main.ts'].every((m) => scanned.includes(m)),
    `scanned ${scanned.length} files`,
  );
  assert.equal(offenders, []);
});

test.run();
