type TypedArray = Float64Array | Float32Array | Int32Array;

/** A copy of `a` with room for `size` elements: the growable buffers of the term counting and vectors. */
export function grow<T extends TypedArray>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
