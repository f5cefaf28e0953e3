import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;
/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux we run on). */
const HZ = 100;

/** What one /proc sample of a process tree holds. */
export interface TreeSample {
  /** Resident memory of every process in the tree, in bytes. */
  rss: number;
  /** CPU seconds in user mode and in the kernel, of every process in the tree and of its finished children. */
  user: number;
  sys: number;
  /** Resident memory by program name (`node`, `pagefind_extended`, …), in bytes. */
  byName: Record<string, number>;
  /** CPU seconds (user and kernel) by program name. */
  cpuByName: Record<string, number>;
}

/**
 * Resident memory and CPU time of `root` and every process below it (Linux /proc). CPU time
 * includes children that have already ended (a process's `cutime`/`cstime`), so a sampled
 * series never loses a finished Pagefind process.
 */
export function sampleTree(root: number): TreeSample {
  const parent = new Map<number, number>();
  const own = new Map<number, Omit<TreeSample, 'byName' | 'cpuByName'> & { name: string }>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields after the last ')' are fixed.
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      parent.set(pid, Number(f[1]));
      // Fields (man 5 proc, counted from state = 0): utime 11, stime 12, cutime 13, cstime 14, rss 21.
      own.set(pid, {
        name,
        rss: Number(f[21]) * PAGE,
        user: (Number(f[11]) + Number(f[13])) / HZ,
        sys: (Number(f[12]) + Number(f[14])) / HZ,
      });
    } catch {
      // The process ended between readdir and read.
    }
  }
  const total: TreeSample = { rss: 0, user: 0, sys: 0, byName: {}, cpuByName: {} };
  for (const [pid, s] of own) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) {
        total.rss += s.rss;
        total.user += s.user;
        total.sys += s.sys;
        total.byName[s.name] = (total.byName[s.name] ?? 0) + s.rss;
        total.cpuByName[s.name] = (total.cpuByName[s.name] ?? 0) + s.user + s.sys;
        break;
      }
    }
  }
  return total;
}

/**
 * What `watchTree` saw: peak memory (bytes, by program at that moment, and when: seconds after
 * the start), the CPU seconds of the last sample, and each program's most CPU seconds seen (a
 * program's processes that ended before the last sample are counted in their parent's instead).
 */
export interface TreeWatch {
  peak: number;
  peakByName: Record<string, number>;
  peakAt: number;
  user: number;
  sys: number;
  cpuByName: Record<string, number>;
}

/**
 * Samples `root`'s process tree every `ms` until `stop()`: the peak of the summed resident
 * memory, and CPU time (user and kernel) up to the last sample (at most `ms` before the end).
 */
export function watchTree(root: number, ms = 100): { stop: () => TreeWatch } {
  const seen: TreeWatch = { peak: 0, peakByName: {}, peakAt: 0, user: 0, sys: 0, cpuByName: {} };
  const started = performance.now();
  const sample = () => {
    const s = sampleTree(root);
    if (s.rss > seen.peak) {
      seen.peak = s.rss;
      seen.peakByName = s.byName;
      seen.peakAt = (performance.now() - started) / 1000;
    }
    // A sample taken after the root has ended finds nothing; keep the last one that did.
    for (const [name, cpu] of Object.entries(s.cpuByName)) seen.cpuByName[name] = Math.max(seen.cpuByName[name] ?? 0, cpu);
    if (s.user + s.sys >= seen.user + seen.sys) {
      seen.user = s.user;
      seen.sys = s.sys;
    }
  };
  sample();
  const timer = setInterval(sample, ms);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      return { ...seen, cpuByName: { ...seen.cpuByName } };
    },
  };
}
