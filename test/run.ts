/**
 * Runs every test/**\/*.test.ts in one process through uvu's queue and closes with the line
 * `N passed, N failed`, which CI reads (uvu's own summary is not read).
 * `--browser` runs only test/browser/, which needs Debian's chromium; without it those files are skipped.
 * Any other argument filters files by substring: `npm test -- hindi`.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Runner = () => Promise<[string | true, number, number, number]>;
const g = globalThis as unknown as { UVU_DEFER: number; UVU_INDEX: number; UVU_QUEUE: Array<Array<string | Runner>> };

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === 'fixtures' || name === 'helpers') continue;
    if (statSync(full).isDirectory()) out.push(...findTests(full));
    else if (name.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

const args = process.argv.slice(2);
const browser = args.includes('--browser');
const filters = args.filter((a) => !a.startsWith('--'));
const root = resolve(import.meta.dirname);
const files = findTests(root).filter((f) => {
  const rel = relative(root, f);
  const isBrowser = rel.startsWith('browser/');
  if (browser !== isBrowser) return false;
  return filters.length === 0 || filters.some((s) => rel.includes(s));
});

g.UVU_DEFER = 1;
g.UVU_QUEUE = [];
await import('uvu');
for (const [i, file] of files.entries()) {
  g.UVU_INDEX = i;
  g.UVU_QUEUE.push([relative(root, file)]);
  await import(pathToFileURL(file).href);
}

let passed = 0;
let failed = 0;
for (const group of g.UVU_QUEUE) {
  const name = group.shift() as string;
  process.stdout.write(`${name}\n`);
  for (const run of group as Runner[]) {
    const [errors, ran, , total] = await run();
    passed += ran;
    failed += total - ran;
    if (errors !== true) process.stdout.write(`\n${errors}\n`);
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
