import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * `npm start`: Eleventy's dev server with live reload, drafts and future articles shown.
 * It runs the Eleventy CLI through tsx so `.eleventy.ts` is the same config the build uses.
 */
const { values } = parseArgs({ args: process.argv.slice(2), options: {
  content: { type: 'string', default: 'content' },
  port: { type: 'string', default: '8080' },
  out: { type: 'string', default: '.cache/dev-site' },
} });
const root = resolve(import.meta.dirname, '../..');
const cmd = resolve(root, 'node_modules/@11ty/eleventy/cmd.cjs');
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
const child = spawn(process.execPath, [tsx, cmd, '--config=.eleventy.ts', '--serve', `--port=${values.port}`, `--output=${values.out}`, '--input=layouts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SAMACHAR_CONTENT: resolve(values.content!), SAMACHAR_DRAFTS: '1', SAMACHAR_WATCH: '1' },
});
child.on('exit', (code) => process.exit(code ?? 0));
// Ctrl-C or a stop from a process manager must stop the server too, not orphan it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => child.kill(signal));
