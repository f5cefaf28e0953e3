import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on every Linux Node runs on). */
const TICKS = 100;

/**
 * CPU seconds (user + kernel) the main thread has used so far, from /proc; NaN where there is no
 * /proc. `process.cpuUsage()` counts every thread, and the search index and related stories run on
 * worker threads beside the stages, so it cannot tell what a stage of the main thread cost.
 */
export function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS;
  } catch {
    return Number.NaN;
  }
}

/**
 * The main thread's CPU seconds per stage: `mark(stage)` charges the time since the previous mark
 * (or since this was made) to `stage`. Read with NODE_DEBUG=samachar:build (the bench passes it on).
 */
export function stageCpu(): { seconds: Record<string, number>; mark(stage: string): void } {
  const seconds: Record<string, number> = {};
  let last = mainThreadCpu();
  return {
    seconds,
    mark(stage) {
      const now = mainThreadCpu();
      seconds[stage] = Math.round(((seconds[stage] ?? 0) + now - last) * 100) / 100;
      last = now;
    },
  };
}
