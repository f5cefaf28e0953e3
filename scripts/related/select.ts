/**
 * The k-th smallest (0-based) of keys[0, length): Hoare's quickselect, linear on average, far
 * cheaper than sorting thousands of terms per story. Reorders keys.
 */
export function selectKth(keys: Float64Array, length: number, k: number): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const pivot = median3(keys[lo]!, keys[(lo + hi) >> 1]!, keys[hi]!);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (keys[i]! < pivot) i++;
      while (keys[j]! > pivot) j--;
      if (i <= j) {
        const x = keys[i]!;
        keys[i++] = keys[j]!;
        keys[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return keys[k]!;
  }
  return keys[k]!;
}

function median3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
