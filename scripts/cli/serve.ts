import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const HELP = `npm start -- [--content DIR] [--port N] [--host ADDR] [--out DIR]
  --content DIR  archive folder laid out like content/ (default: content)
  --port N       port to listen on (default: 8080, or the next free one)
  --host ADDR    address to listen on (default: 127.0.0.1, this computer only).
                 --host 0.0.0.0 shares the preview on the LAN (phones, colleagues) and with
                 everyone else on that network: drafts and unpublished stories included
  --out DIR      where the preview pages are written (default: .cache/dev-site)`;

/** How long a stopped server may take to close before its processes are killed. */
const STOP_GRACE_MS = 10_000;

/**
 * `npm start`: Eleventy's dev server with live reload, drafts and future articles shown.
 * It runs the Eleventy CLI through tsx so `.eleventy.ts` is the same config the build uses.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    content: { type: 'string', default: 'content' },
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '127.0.0.1' },
    out: { type: 'string', default: '.cache/dev-site' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const root = resolve(import.meta.dirname, '../..');
const cmd = resolve(root, 'node_modules/@11ty/eleventy/cmd.cjs');
const tsx = resolve(root, 'node_modules/tsx/dist/cli.mjs');
const child = spawn(
  process.execPath,
  [tsx, cmd, '--config=.eleventy.ts', '--serve', `--port=${values.port}`, `--output=${values.out}`, '--input=layouts'],
  {
    cwd: root,
    stdio: 'inherit',
    // A process group of its own: a stop reaches tsx, Eleventy and whatever they started, at once.
    detached: true,
    env: {
      ...process.env,
      SAMACHAR_CONTENT: resolve(values.content!),
      SAMACHAR_DRAFTS: '1',
      SAMACHAR_WATCH: '1',
      SAMACHAR_HOST: values.host!,
    },
  },
);
const stopGroup = (signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
};
child.on('exit', (code) => {
  // Eleventy gone first (a crash): nothing it started may keep the port.
  stopGroup('SIGKILL');
  process.exit(code ?? 0);
});
// Ctrl-C, or a stop from a process manager (npm passes on SIGTERM): the server stops too, and
// is killed if it has not closed in time; it is never left running without us.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopGroup(signal);
    setTimeout(() => stopGroup('SIGKILL'), STOP_GRACE_MS).unref();
  });
}
