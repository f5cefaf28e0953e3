import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** Resident memory, in bytes, of `root` and every process below it (Linux /proc). */
export function treeRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(pid, Number(fields[1]));
      rss.set(pid, Number(fields[21]) * PAGE);
    } catch {
      // The process ended between readdir and read.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (p === root) { total += bytes; break; }
    }
  }
  return total;
}

/** Samples `treeRss(root)` every `ms` and keeps the peak, until `stop()`. */
export function watchPeak(root: number, ms = 100): { stop: () => number } {
  let peak = 0;
  const sample = () => { peak = Math.max(peak, treeRss(root)); };
  sample();
  const timer = setInterval(sample, ms);
  return { stop: () => { clearInterval(timer); sample(); return peak; } };
}
