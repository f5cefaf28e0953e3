import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { watchTree, type TreeWatch } from './proc-tree.ts';

/** One process tree run to its end: wall seconds, what `watchTree` saw, and its standard output. */
export interface Measured {
  seconds: number;
  seen: TreeWatch;
  stdout: string;
}

/**
 * Runs `command` and samples its process tree (memory, CPU) until it exits. Rejects with the
 * output when the exit code is not 0. Standard error is passed through, so progress stays visible.
 */
export function measure(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'inherit'], env: options.env ?? process.env });
    child.on('error', fail);
    if (child.pid === undefined) return;
    const watch = watchTree(child.pid);
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d;
    });
    child.on('exit', (code) => {
      const seen = watch.stop();
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) fail(new Error(`${command} failed (exit ${code}):\n${stdout}`));
      else done({ seconds, seen, stdout });
    });
  });
}

/** How many files, and how many of them `.html`, a folder holds (its sub-folders included). */
export function countFiles(dir: string): { files: number; html: number } {
  let files = 0;
  let html = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    files++;
    if (e.name.endsWith('.html')) html++;
  }
  return { files, html };
}

/** Bytes to whole megabytes (MiB). */
export const toMB = (bytes: number) => Math.round(bytes / 1048576);
