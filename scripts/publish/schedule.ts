/**
 * Scheduled publishing (issue 22): the workflow wakes every 15 minutes and must decide, cheaply,
 * whether the live site is out of date. It is when the last deploy's marker is missing, when it was
 * built from another commit (a push whose deploy failed or was superseded), or when a story's date
 * or the end of a breaking strip fell between that build's clock and now.
 */

/** What the last successful deploy was built from: its commit and the build's clock. */
export interface DeployMarker {
  sha: string;
  /** Milliseconds since the epoch, taken just before the build, so never after the build's own clock. */
  builtAt: number;
}

/** What a scheduled run does: build and deploy at all, and with the code tests or without. */
export interface ScheduleDecision {
  deploy: boolean;
  /** Run the test suite: the commit was never deployed, so never tested by a push that deployed. */
  code: boolean;
  reason: string;
}

/** The marker file's one line: `<commit> <epoch seconds>`. */
export function formatMarker(m: DeployMarker): string {
  return `${m.sha} ${Math.floor(m.builtAt / 1000)}\n`;
}

/** Reads a marker; anything else (empty, damaged, hand-edited) is no marker, which means deploy. */
export function parseMarker(text: string): DeployMarker | undefined {
  const m = /^([0-9a-f]{40}) (\d{1,12})\s*$/.exec(text);
  return m ? { sha: m[1]!, builtAt: Number(m[2]) * 1000 } : undefined;
}

/**
 * `times` are the moments the published site changes by itself (a story's date, a breaking strip's
 * end). A moment equal to the marker's clock was already in that build (the catalog keeps
 * `timestamp <= now`); one equal to `now` is due now.
 */
export function decideScheduled(opts: {
  marker: DeployMarker | undefined;
  sha: string;
  times: Iterable<number>;
  now: number;
}): ScheduleDecision {
  const { marker, sha, now } = opts;
  if (!marker) return { deploy: true, code: true, reason: 'no record of a deploy: build everything' };
  if (marker.sha !== sha)
    return { deploy: true, code: true, reason: `the live site was built from ${marker.sha.slice(0, 7)}, not ${sha.slice(0, 7)}` };
  let due = 0;
  let first = Number.POSITIVE_INFINITY;
  for (const t of opts.times)
    if (t > marker.builtAt && t <= now) {
      due++;
      first = Math.min(first, t);
    }
  if (due === 0) return { deploy: false, code: false, reason: 'nothing became due since the last deploy' };
  return {
    deploy: true,
    code: false,
    reason: `${due} scheduled change${due === 1 ? '' : 's'} due since the last deploy (the first at ${new Date(first).toISOString()})`,
  };
}
