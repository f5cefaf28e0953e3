import { readFileSync } from 'node:fs';

/**
 * When the process `pid` started, in clock ticks since boot (Linux /proc, field 22 of stat), or
 * undefined where /proc is not there. With the pid it names one process: a pid reused by a later
 * process has another start time.
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses; fields after the last ')' are fixed.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/**
 * Whether `pid` is a running process (on this machine). Given the start time recorded with the
 * pid, a process that has the pid now but started at another time is a different one: not alive.
 */
export function pidAlive(pid: number, started?: string): boolean {
  try {
    process.kill(pid, 0);
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (started === undefined) return true;
  const now = processStart(pid);
  return now === undefined || now === started;
}
