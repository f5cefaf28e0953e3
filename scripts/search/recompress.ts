import { transform } from 'esbuild';
import { gunzipSync } from 'node:zlib';

/**
 * Zopfli iterations. Each reader downloads what this compresses (every shard's metadata and the
 * WebAssembly) before their first answer. Pagefind writes those files with ordinary gzip; Zopfli
 * writes the same format, which every browser and Pagefind's own decoder read, about 10 % smaller
 * (29.0 → 26.1 KB for the metadata of a 5,000-story shard, 55.9 → 53.2 KB for the WebAssembly).
 * Five iterations get within 0.2 % of fifteen at 60 % of the time: about 0.8 s for a 130 KB file.
 */
const ZOPFLI_ITERATIONS = 5;

type Zopfli = typeof import('@gfx/zopfli');
let zopfli: Promise<Zopfli> | undefined;

/**
 * Loads Zopfli once. Its Emscripten glue installs process-wide handlers on load: one that turns
 * any unhandled promise rejection anywhere in the build into `RuntimeError: abort(…)`, which
 * would bury a clear error message, and one for uncaught exceptions. They are removed at once.
 */
function loadZopfli(): Promise<Zopfli> {
  zopfli ??= (async () => {
    const rejections = new Set(process.listeners('unhandledRejection'));
    const exceptions = new Set(process.listeners('uncaughtException'));
    const mod = await import('@gfx/zopfli');
    for (const l of process.listeners('unhandledRejection')) if (!rejections.has(l)) process.removeListener('unhandledRejection', l);
    for (const l of process.listeners('uncaughtException')) if (!exceptions.has(l)) process.removeListener('uncaughtException', l);
    return mod;
  })();
  return zopfli;
}

/** `raw` as gzip, compressed with Zopfli: deterministic (no timestamp), byte for byte the same every build. */
export async function zopfliGzip(raw: Uint8Array): Promise<Uint8Array> {
  return (await loadZopfli()).gzipAsync(raw, { numiterations: ZOPFLI_ITERATIONS });
}

/**
 * The same data as the gzip file `gz`, compressed again with Zopfli; `gz` itself when that is not
 * smaller. Only for the few files every reader loads first: Zopfli costs about 150 times gzip's time,
 * so running it on every index chunk and page file would add minutes to a build.
 */
export async function regzip(gz: Uint8Array): Promise<Uint8Array> {
  const again = await zopfliGzip(gunzipSync(gz));
  return again.length < gz.length ? again : gz;
}

/**
 * Pagefind's JavaScript runtime (`pagefind.js`) minified: Pagefind ships it with its code readable
 * (47 KB, 13.2 KB after gzip); minified it is 11.4 KB after gzip, which every searching reader saves.
 * esbuild's minifier keeps behaviour (names of exported bindings, `import.meta.url`, comments
 * marked as legal); the browser tests run the minified file.
 */
export async function minifyRuntime(source: Uint8Array): Promise<Uint8Array> {
  const { code } = await transform(new TextDecoder().decode(source), { minify: true, format: 'esm', target: 'es2020', legalComments: 'inline' });
  return new TextEncoder().encode(code);
}
