import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { copyArchive, tempDir } from '../helpers/archive.ts';
import { descendants, freePort } from '../helpers/processes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE_JSON = readFileSync(join(ROOT, 'package.json'), 'utf8');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** GET with the path sent exactly as written (no normalising client in between). */
function get(port: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, timeout: 15_000 }, (res) => {
      let body = '';
      res
        .setEncoding('utf8')
        .on('data', (d: string) => {
          body += d;
        })
        .on('end', () => ok({ status: res.statusCode!, body }));
    });
    req
      .on('timeout', () => req.destroy(new Error(`no answer to ${path}`)))
      .on('error', fail)
      .end();
  });
}

const portOpen = (port: number) =>
  new Promise<boolean>((ok) => {
    const s = connect(port, '127.0.0.1')
      .on('connect', () => {
        s.destroy();
        ok(true);
      })
      .on('error', () => ok(false));
  });

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Local addresses (hex, as /proc/net/tcp* writes them) of sockets listening on `port`. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim().split(/\s+/))
      .filter((c) => c[1]?.endsWith(`:${hexPort}`) && c[3] === '0A')
      .map((c) => c[1]!.split(':')[0]!),
  );
}

/** `npm start` on a copy of the fixture archive, as a user runs it; resolves once it answers. */
interface Server {
  npm: ChildProcess;
  port: number;
  log: () => string;
}

async function startServer(): Promise<Server> {
  const port = await freePort();
  const npmCli = process.env.npm_execpath;
  const args = ['start', '--', '--content', copyArchive(), '--port', String(port), '--out', join(tempDir(), 'dev')];
  const npm = npmCli
    ? spawn(process.execPath, [npmCli, ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    : spawn('npm', args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  npm.stdout!.on('data', (d) => {
    log += d;
  });
  npm.stderr!.on('data', (d) => {
    log += d;
  });
  for (let i = 0; i < 240; i++) {
    if (npm.exitCode !== null) throw new Error(`npm start ended:\n${log}`);
    if (
      await get(port, '/').then(
        (r) => r.status === 200,
        () => false,
      )
    )
      return { npm, port, log: () => log };
    await sleep(500);
  }
  throw new Error(`npm start did not answer in 120 s:\n${log}`);
}

/** Everything the server started, killed whatever the test did (it may have failed). */
function cleanUp(npm: ChildProcess, pids: number[]): void {
  for (const pid of [npm.pid!, ...pids]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
}

const BAD_PATHS = [
  '/%E0%A4',
  '/%zz',
  '/a%00b',
  '/%01',
  '/../package.json',
  '/..%2fpackage.json',
  '/%2e%2e/package.json',
  '/%2e%2e%2fpackage.json',
  '/..%5cpackage.json',
  '/%2E%2E/%2E%2E/package.json',
  '/feed.xml/../../package.json',
  '/./index.html',
];

/** Sends `signal` to npm start; true once npm, every process it had started and the port are gone. */
async function stops(server: Server, signal: NodeJS.Signals, tree: number[]): Promise<void> {
  server.npm.kill(signal);
  const running = () => server.npm.exitCode === null && server.npm.signalCode === null;
  for (let i = 0; i < 60 && (running() || tree.some(alive) || (await portOpen(server.port))); i++) await sleep(500);
  assert.not.ok(running(), `npm start still running:\n${server.log()}`);
  assert.equal(tree.filter(alive), [], `processes left running:\n${server.log()}`);
  assert.not.ok(await portOpen(server.port), 'the port is closed');
}

const serve = suite('npm start: the dev server (#17)');
let server: Server;
let tree: number[] = [];

serve.before(async () => {
  server = await startServer();
  tree = descendants(server.npm.pid!);
});
serve.after(() => cleanUp(server.npm, tree));

serve('listens on 127.0.0.1 only', () => {
  assert.equal([...new Set(listeners(server.port))], ['0100007F']);
});

serve('answers malformed and escaping paths with 400, never with a file from outside the output', async () => {
  for (const path of BAD_PATHS) {
    const r = await get(server.port, path);
    assert.is(r.status, 400, `${path}: ${r.status}`);
    assert.not.ok(r.body.includes(PACKAGE_JSON.slice(0, 40)), `${path} served a file from outside the output`);
  }
  assert.is((await get(server.port, '/%E0%A4%95/')).status, 404, 'a well-formed Hindi path is looked up, not refused');
  assert.is((await get(server.port, '/2026/')).status, 200);
  assert.is((await get(server.port, '/?q=../%zz')).status, 200, "the query string is the page's business");
});

serve('SIGTERM to npm start stops every process it started and frees the port', () => stops(server, 'SIGTERM', tree));

serve('SIGINT to npm start does too', async () => {
  const other = await startServer();
  const otherTree = descendants(other.npm.pid!);
  try {
    await stops(other, 'SIGINT', otherTree);
  } finally {
    cleanUp(other.npm, otherTree);
  }
});

serve.run();
