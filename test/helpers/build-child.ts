import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/** A build CLI running in a process of its own (its own process group, so a kill takes Pagefind too). */
export interface BuildChild {
  proc: ChildProcess;
  /** Everything it printed on stderr so far. */
  stderr(): string;
  /** Resolves with its exit code (null when killed). */
  exited: Promise<number | null>;
  /** Resolves with the first stderr line matching `re`; rejects if the build ends first or after `ms`. */
  waitFor(re: RegExp, ms?: number): Promise<string>;
  /** SIGKILL to the whole group; resolves when the build process has ended. */
  kill(): Promise<void>;
}

/**
 * Starts `npm run build` the way CI runs it, as one process (`node --import tsx`, no tsx wrapper
 * process in between, so the pid killed is the build's), without the search cache.
 */
export function spawnBuild(content: string, out: string, env: Record<string, string> = {}): BuildChild {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', resolve(ROOT, 'scripts/cli/build.ts'), '--content', content, '--out', out, '--no-cache'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, ...env },
    },
  );
  let err = '';
  const waiters = new Set<() => void>();
  proc.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    for (const w of waiters) w();
  });
  const exited = new Promise<number | null>((done) =>
    proc.on('close', (code) => {
      for (const w of waiters) w();
      done(code);
    }),
  );
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const waitFor = (re: RegExp, ms = 120_000) =>
    new Promise<string>((ok, fail) => {
      const timer = setTimeout(() => finish(new Error(`no line matching ${re} within ${ms} ms:\n${err}`)), ms);
      const check = () => {
        const line = err.split('\n').find((l) => re.test(l));
        if (line !== undefined) finish(line);
        else if (ended || proc.exitCode !== null || proc.signalCode !== null)
          finish(new Error(`build ended before a line matching ${re}:\n${err}`));
      };
      const finish = (r: string | Error) => {
        clearTimeout(timer);
        waiters.delete(check);
        if (typeof r === 'string') ok(r);
        else fail(r);
      };
      waiters.add(check);
      check();
    });
  const kill = async () => {
    try {
      process.kill(-proc.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
  };
  return { proc, stderr: () => err, exited, waitFor, kill };
}

/** A pid that was just used and has ended. */
export const deadPid = (): number => spawnSync(process.execPath, ['-e', '']).pid!;
