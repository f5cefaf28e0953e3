/**
 * What goes before each item of a list as Hindi prose writes it: nothing before the first, "और"
 * before the last, a comma before the others ("क", "क और ख", "क, ख और ग"). No serial comma before
 * "और": Hindi style guides and newspapers do not use one.
 */
export function listJoiners(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? '' : i === count - 1 ? ' और ' : ', '));
}

/** A list as Hindi prose: `["क", "ख", "ग"]` → `क, ख और ग`. */
export function joinHindi(items: readonly string[]): string {
  const joiners = listJoiners(items.length);
  return items.map((item, i) => joiners[i] + item).join('');
}
