import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { headersFor, parseHeadersFile, type HostRule } from '../publish/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.yml': 'application/yaml',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_words': 'application/octet-stream',
  '.pf_pos': 'application/octet-stream',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg']);

/** Edits a response body before it is sent (tests swap the CMS backend this way). */
export type Rewrite = (path: string, body: Buffer) => Buffer | string;

/** How the test host behaves. */
export interface ServeOptions {
  rewrite?: Rewrite;
  /** Send the headers of the site's `_headers` file, as Netlify and Cloudflare Pages do. Default true. */
  hostHeaders?: boolean;
  /**
   * Serve the site in this folder (`/repo/`), as GitHub Pages serves a project site: a request below
   * it is a file of `dir` without it; anything else, and any missing file, is the site's 404 page.
   */
  pathPrefix?: string;
  /** Answer Range requests with the bytes asked for (206), as most hosts and CDNs do. Default true; false sends the whole file. */
  ranges?: boolean;
}

/** A requested path inside the site's folder without it (`/repo/a/` → `/a/`), or undefined outside it. */
function unprefixed(path: string, prefix: string): string | undefined {
  if (prefix === '/') return path;
  if (path === prefix.slice(0, -1)) return '/';
  return path.startsWith(prefix) ? path.slice(prefix.length - 1) : undefined;
}

/** A URL path with its %-escapes decoded; undefined for a malformed one (`/%E0%A4`), which is then not found. */
function decoded(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/**
 * Serves a built site on 127.0.0.1 the way a static host does: `/x/` → `/x/index.html`, gzip for
 * text, byte ranges of other files, the 404 page with status 404, and the headers `_headers` gives the requested URL (every
 * matching rule, repeated headers joined with commas, as those hosts do; without the file, long
 * cache for fingerprinted assets). For the site checks and the browser tests only.
 */
export async function serveSite(dir: string, options: ServeOptions = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const { rewrite } = options;
  const headersFile = join(dir, '_headers');
  const hostRules: HostRule[] =
    options.hostHeaders !== false && existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const notFoundPage = join(dir, '404.html');
  const server: Server = createServer((req, res) => {
    const requested = decoded(new URL(req.url ?? '/', 'http://x').pathname);
    const path = requested === undefined ? undefined : unprefixed(requested, options.pathPrefix ?? '/');
    let file = path === undefined ? '' : join(dir, normalize(path));
    if (!file.startsWith(dir)) file = '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    let status = 200;
    if (!file || !existsSync(file)) {
      status = 404;
      file = notFoundPage;
      // A site without a 404 page (a test's few files, a half-built folder) gets a plain answer, as hosts give.
      if (!existsSync(file)) {
        res.writeHead(404, { 'content-type': TYPES['.txt']!, 'cache-control': 'no-cache' });
        res.end('404 Not Found');
        return;
      }
    }
    const ext = extname(file);
    const headers: Record<string, string> = { 'content-type': TYPES[ext] ?? 'application/octet-stream' };
    headers['cache-control'] = /\.[0-9a-f]{10}\.|^\/img\//.test(path ?? '') ? 'public, max-age=31536000, immutable' : 'no-cache';
    for (const [name, values] of headersFor(hostRules, path ?? '/404.html')) headers[name] = values.join(', ');
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    if (rewrite) {
      delete headers['content-encoding'];
      res.writeHead(status, headers);
      const at = path ?? '/404.html';
      res.end(rewrite(at.endsWith('/') ? `${at}index.html` : at, readFileSync(file)));
      return;
    }
    // Byte ranges of files sent as they are, as static hosts and CDNs answer them (the search's positions files).
    const range = options.ranges === false || status !== 200 || gzip ? null : /^bytes=(\d+)-(\d+)$/.exec(String(req.headers.range ?? ''));
    const size = range ? statSync(file).size : 0;
    if (range && Number(range[1]) <= Number(range[2]) && Number(range[1]) < size) {
      const [start, end] = [Number(range[1]), Math.min(Number(range[2]), size - 1)];
      res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${end}/${size}`, 'content-length': String(end - start + 1) });
      createReadStream(file, { start, end }).pipe(res);
      return;
    }
    res.writeHead(status, headers);
    const stream = createReadStream(file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}
