/** Edit distance (Levenshtein) with an early exit once it passes `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest known value to what the editor typed, if it is close enough to be a typo:
 * `rajnit` → `rajniti`. Ties go to the earlier candidate, so the hint is stable.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const c of candidates) {
    const lower = c.toLowerCase();
    // `krishi` for `krishi-mandi`: a typed prefix of at least 3 letters is the likeliest meaning,
    // closer than any typo, and the shortest such candidate wins.
    if (needle.length >= 3 && (lower.startsWith(needle) || needle.startsWith(lower))) {
      const d = Math.abs(lower.length - needle.length) / 100;
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
      continue;
    }
    const d = editDistance(needle, lower, limit);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}
