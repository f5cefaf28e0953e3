import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CustomRecord } from 'pagefind';
import { compactNames, type BundleFile } from './compact-names.ts';
import { ENTRY_FILE, isIndexFile, isMetaFile, PagefindFormatError, RUNTIME_FILES } from './pagefind-format.ts';

/** A Pagefind call reported errors; they are listed in the message, with the shard they hit. */
export class PagefindError extends Error {
  constructor(
    readonly what: string,
    readonly errors: readonly string[],
  ) {
    super(`Pagefind: ${what}:\n  ${errors.join('\n  ')}`);
    this.name = 'PagefindError';
  }
}

/** Throws when a Pagefind response carries errors: the Node API reports problems there, not by throwing. */
function check<T extends { errors: string[] }>(response: T, what: string): T {
  if (response.errors.length > 0) throw new PagefindError(what, response.errors);
  return response;
}

/**
 * Files of Pagefind's bundle the site serves: the index itself (metadata, chunks, filters, page
 * data), which the search page reads with its own code (`browser/archive-index.ts`). Pagefind's
 * runtime (JS, WebAssembly) and the entry file it starts from only with `withRuntime`, for the
 * eval's plain-Pagefind baseline; its UI kits, highlighter and worker never.
 */
function wanted(path: string, withRuntime: boolean): boolean {
  return isIndexFile(path) || (withRuntime && (RUNTIME_FILES.includes(path) || path === ENTRY_FILE));
}

type PagefindNode = typeof import('pagefind');
const services: Array<Promise<PagefindNode>> = [];

/**
 * Size of Pagefind's index chunks, in its own unit (one per page a word is on plus one per
 * occurrence). A reader downloads one chunk per query word and shard, so small chunks keep each
 * query small: at Pagefind's default of 20,000 a chunk is about 20 KB (gzip), at 2,000 about 3 KB,
 * which cut a 20-query session at 10,000 articles from 178 KB to 59 KB a query (median). Smaller
 * chunks mean more files and a longer chunk list in the metadata every reader loads first, so it
 * is not smaller still. Pagefind 1.6 reads this only from the environment of its process
 * (`PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`); a value already set there wins.
 */
const INDEX_CHUNK_SIZE = 2000;

/**
 * The n-th Pagefind process. Pagefind's Node API keeps one process per module instance, so each
 * further process is the same module imported under another URL: shards built at the same time
 * then really run on separate cores.
 */
function service(n: number): Promise<PagefindNode> {
  // Pagefind's processes start with the first call and inherit this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  services[n] ??= (n === 0 ? import('pagefind') : import(`${import.meta.resolve('pagefind')}?process=${n}`)) as Promise<PagefindNode>;
  return services[n]!;
}

/** Records sent to the Pagefind process at once: enough to keep it busy (a whole unit, so that it indexes while the join decodes the unit before: `unitShard`), few enough to bound memory. */
const BATCH = 256;

/** What one shard wrote; `meta` is the name of its content-hashed metadata file, `names` the tag its file names derive from when the metadata does not list them. */
export interface ShardOutput {
  files: number;
  bytes: number;
  pages: number;
  meta: string;
  names?: string;
}

/**
 * Builds one Pagefind index from `records` in the given order (newest first: Pagefind keeps it, and
 * the query code reads dates from it) and writes its bundle to `dir`. The index is deleted from the
 * Pagefind process afterwards, so shards built one after another never hold more than one
 * shard in memory. `maxFragments` bundles the per-page files into at most that many (see
 * `SearchIndexOptions.maxFragmentsPerShard`). `process` picks the Pagefind process (0, 1, …). Throws `PagefindError` on any error Pagefind reports.
 */
export async function buildShard(
  records: readonly CustomRecord[],
  dir: string,
  withRuntime: boolean,
  maxFragments?: number,
  process = 0,
): Promise<ShardOutput> {
  const written = await indexRecords(records, dir, maxFragments, process);
  const { files, names } = await smallerFiles(written, withRuntime, dir);
  return { ...writeBundle(files, dir, withRuntime), pages: records.length, ...(names ? { names } : {}) };
}

/**
 * Pagefind's bundle for `records` (in that order), as its `getFiles` returns it; `what` names the
 * index in errors. The index is deleted from the Pagefind process afterwards, so indexes built one
 * after another never hold more than one in memory.
 */
export async function indexRecords(
  records: readonly CustomRecord[],
  what: string,
  maxFragments?: number,
  process = 0,
): Promise<BundleFile[]> {
  const pagefind = await service(process);
  const config = { forceLanguage: 'hi', writePlayground: false, ...(maxFragments ? { maxFragments } : {}) };
  const { index } = check(await pagefind.createIndex(config), `creating the index for ${what}`);
  if (!index) throw new PagefindError(`creating the index for ${what}`, ['no index returned']);
  try {
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((r) => index.addCustomRecord(r)));
      added.forEach((res, j) => check(res, `indexing ${batch[j]!.url}`));
    }
    return check(await index.getFiles(), `writing ${what}`).files;
  } finally {
    await index.deleteIndex();
  }
}

/** Writes the files of a bundle the site serves (`wanted`) into `dir`; what it wrote, but the page count. */
export function writeBundle(files: readonly BundleFile[], dir: string, withRuntime: boolean): Omit<ShardOutput, 'pages'> {
  let count = 0;
  let bytes = 0;
  let meta = '';
  // Thousands of files in four folders: each folder is made once, not once per file.
  const made = new Set<string>();
  for (const file of files) {
    if (!wanted(file.path, withRuntime)) continue;
    const target = join(dir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.content);
    count++;
    bytes += file.content.length;
    if (isMetaFile(file.path)) meta = file.path;
  }
  return { files: count, bytes, meta };
}

/**
 * The bundle with `compactNames`' smaller metadata (Pagefind's own runtime needs the names listed;
 * the search's reader derives them), or, when that rewrite finds something it does not expect,
 * Pagefind's own files with a warning: they are larger for readers but read the same, and a
 * build must not fail on text that Pagefind itself accepted.
 */
export async function smallerFiles(
  written: readonly BundleFile[],
  withRuntime: boolean,
  dir: string,
): Promise<{ files: readonly BundleFile[]; names?: string }> {
  try {
    return await compactNames(written, !withRuntime);
  } catch (e) {
    if (!(e instanceof PagefindFormatError)) throw e;
    console.warn(`search: ${dir}: kept Pagefind's own metadata (larger for readers), because ${e.message}`);
    return { files: written };
  }
}

/** Stops the Pagefind processes (they would otherwise keep Node alive). */
export async function closePagefind(): Promise<void> {
  const started = services.splice(0);
  await Promise.all(started.map(async (s) => (await s).close()));
}
