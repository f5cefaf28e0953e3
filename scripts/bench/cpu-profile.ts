/** The parts of a V8 CPU profile (`.cpuprofile`, Chrome DevTools format) that are read here. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Who a sampled function belongs to: a package (nunjucks, eleventy, markdown-it, …), a samachar
 * folder (`samachar:seo`), Node's own code, or V8's pseudo-frames (`(garbage collector)`).
 */
export function groupOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(built-ins)';
  if (url.startsWith('node:')) return 'node internals';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) {
    if (pkg === 'nunjucks' || pkg === 'a-sync-waterfall' || pkg === 'asap') return 'nunjucks';
    if (pkg.startsWith('@11ty/')) return 'eleventy';
    if (['markdown-it', 'mdurl', 'linkify-it', 'uc.micro', 'entities', 'punycode.js'].includes(pkg)) return 'markdown-it';
    return pkg;
  }
  const folder = /\/scripts\/([^/]+)\//.exec(url)?.[1];
  return folder ? `samachar:${folder}` : 'other';
}

/** Seconds of samples per group, and the same for the samples taken while a Nunjucks frame was on the stack. */
export interface ProfileSummary {
  seconds: number;
  self: Record<string, number>;
  /** Samples under a Nunjucks frame, by the group of the function running: what Nunjucks itself costs and what it calls. */
  underNunjucks: Record<string, number>;
}

/** Sums a profile's samples by the group of the function that was running (self time). */
export function summariseProfile(profile: CpuProfile): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nunjucksAbove = new Map<number, boolean>();
  const underNunjucks = (id: number): boolean => {
    let v = nunjucksAbove.get(id);
    if (v === undefined) {
      const n = byId.get(id)!;
      const up = parent.get(id);
      v = groupOf(n.callFrame.url, n.callFrame.functionName) === 'nunjucks' || (up !== undefined && underNunjucks(up));
      nunjucksAbove.set(id, v);
    }
    return v;
  };
  const out: ProfileSummary = { seconds: 0, self: {}, underNunjucks: {} };
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1e6;
    const n = byId.get(id)!;
    const g = groupOf(n.callFrame.url, n.callFrame.functionName);
    out.seconds += dt;
    out.self[g] = (out.self[g] ?? 0) + dt;
    if (underNunjucks(id)) out.underNunjucks[g] = (out.underNunjucks[g] ?? 0) + dt;
  });
  return out;
}

/** `name share%` lines, largest first, down to `min` of the total. */
export function shareLines(groups: Record<string, number>, total: number, min = 0.005): string[] {
  return Object.entries(groups)
    .filter(([, s]) => s / total >= min)
    .sort((a, b) => b[1] - a[1])
    .map(([g, s]) => `${g.padEnd(24)} ${((100 * s) / total).toFixed(1).padStart(5)}%`);
}
