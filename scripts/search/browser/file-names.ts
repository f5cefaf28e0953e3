/**
 * Names of a shard's page data and index chunk files, from what its metadata lists: shared by the
 * reader of a shard (`shard-reader.ts`) and the word index, which lists the names for readers that
 * never load the metadata (`../word-index.ts`), so both always agree.
 */

/** File names as the metadata lists them, or, where it lists none, `<names>_<n>` (n in base 36, see `compactNames`). */
export function fileNames(listed: readonly string[], names?: string): string[] {
  return listed.map((l, n) => (l === '' && names ? `${names}_${n.toString(36)}` : l));
}

/**
 * Page data names: as `fileNames`, except that a page listed as `<unit tag>_` starts a unit: it
 * and the unlisted pages after it are `<unit tag>_<k>`, k counted within the unit (search/merge-units.ts).
 */
export function pageNames(listed: readonly string[], names?: string): string[] {
  const plain = fileNames(listed, names);
  let unit = '';
  let start = 0;
  return listed.map((l, n) => {
    if (l.endsWith('_')) [unit, start] = [l, n];
    else if (l !== '' || unit === '') return plain[n]!;
    return `${unit}${(n - start).toString(36)}`;
  });
}
