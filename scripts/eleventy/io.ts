import { mkdir, writeFile } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type Eleventy from '@11ty/eleventy';

/**
 * How Eleventy writes pages, adapted to archives of 100,000 pages on slow disks.
 *
 * 1. Eleventy 3.1 writes with writeFileSync unless `templateHandling.writeMode` is "async", but
 *    reads that setting from its internal TemplateConfig, where `configureTemplateHandling()`
 *    never puts it. On this project's CI disks a mkdir or a write waits ~0.5 ms, so 100,000
 *    synchronous writes cost minutes; async writes overlap in libuv's thread pool (sized by
 *    UV_THREADPOOL_SIZE in package.json). Measured: docs/performance.md.
 * 2. In async mode Eleventy starts every page's write at once; 35,000 pages in one run hit the
 *    open-file limit (EMFILE). Its FileSystemManager is wrapped so at most `MAX_OPEN` folder
 *    creations and writes are in flight.
 * 3. Before creating a page's folder Eleventy asks `existsSync` on the main thread. Every article
 *    has a folder of its own, so the answer is always "no" and nothing is saved by asking: the
 *    profile of a 12,000-page render showed 1.8 s of main-thread time in it (of 14 s). Folders are
 *    created with one `mkdir -p` in libuv's pool instead, once per folder per Eleventy run.
 *    Writes use the callback API: `fs/promises.writeFile` builds a FileHandle per file, which cost
 *    another ~1 s of main-thread time.
 * Both rely on Eleventy internals of the version pinned in package-lock.json; the build tests
 * fail loudly if they move.
 */
export const MAX_OPEN = 64;

type Task<T> = () => Promise<T>;

/** A counting semaphore: runs at most `limit` tasks at a time, in arrival order. */
export function limiter(limit: number): <T>(task: Task<T>) => Promise<T> {
  let active = 0;
  const queue: Array<() => void> = [];
  const next = () => {
    active--;
    queue.shift()?.();
  };
  return <T>(task: Task<T>) =>
    new Promise<T>((resolve, reject) => {
      const start = () => {
        active++;
        task().then(resolve, reject).finally(next);
      };
      if (active < limit) start();
      else queue.push(start);
    });
}

let patched = false;

async function boundFileSystemManager(): Promise<void> {
  if (patched) return;
  const require = createRequire(import.meta.url);
  const src = dirname(require.resolve('@11ty/eleventy'));
  const mod = (await import(pathToFileURL(join(src, 'Util/FileSystemManager.js')).href)) as {
    FileSystemManager: { prototype: Record<string, (...args: unknown[]) => Promise<unknown>> };
  };
  const proto = mod.FileSystemManager.prototype;
  if (typeof proto.writeFile !== 'function' || typeof proto.createDirectoryForFile !== 'function') {
    throw new Error(
      'Eleventy internals changed: FileSystemManager.writeFile/createDirectoryForFile not found (see scripts/eleventy/io.ts)',
    );
  }
  const limit = limiter(MAX_OPEN);
  // Folders made per FileSystemManager (one per Eleventy run): a later run, or another build in
  // the same process, may write into a fresh output folder and must not trust an old answer.
  const made = new WeakMap<object, Map<string, Promise<void>>>();
  proto.createDirectoryForFile = function (this: object, filePath: unknown) {
    const dir = dirname(String(filePath));
    if (!dir || dir === '.') return Promise.resolve();
    let dirs = made.get(this);
    if (!dirs) made.set(this, (dirs = new Map()));
    let done = dirs.get(dir);
    if (!done) {
      done = limit(() => new Promise<void>((resolve, reject) => mkdir(dir, { recursive: true }, (err) => (err ? reject(err) : resolve()))));
      dirs.set(dir, done);
    }
    return done;
  };
  proto.writeFile = function (filePath: unknown, content: unknown) {
    return limit(
      () =>
        new Promise<void>((resolve, reject) =>
          writeFile(String(filePath), content as string | Uint8Array, (err) => (err ? reject(err) : resolve())),
        ),
    );
  };
  patched = true;
}

/** Switches an initialised Eleventy instance to bounded asynchronous writes. */
export async function useBoundedAsyncWrites(elev: Eleventy): Promise<void> {
  await boundFileSystemManager();
  const internal = elev as unknown as { eleventyConfig?: { templateHandling?: { writeMode?: string } } };
  if (!internal.eleventyConfig)
    throw new Error('Eleventy internals changed: no eleventyConfig on the instance (see scripts/eleventy/io.ts)');
  internal.eleventyConfig.templateHandling = { writeMode: 'async' };
}
