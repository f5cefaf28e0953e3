import { createRequire } from 'node:module';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { showContentErrors } from './dev-errors.ts';

/** Where the dev server listens unless `npm start -- --host …` says otherwise: this machine only. */
export const DEFAULT_DEV_HOST = '127.0.0.1';

/**
 * Why a request path must not reach the dev server's file lookup, or undefined when it may.
 * Eleventy Dev Server 2.1 decodes the path itself and throws on bad percent-encoding, leaving the
 * request hanging; `..` is refused here as well so nothing depends on its prefix check.
 */
export function badRequestPath(url: string): string | undefined {
  const path = url.split('?', 1)[0]!;
  if (!path.startsWith('/')) return 'the request target is not a path';
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return 'malformed percent-encoding';
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return 'a control character';
  if (decoded.split(/[\\/]/).some((segment) => segment === '..' || segment === '.')) return 'a `.` or `..` segment';
  return undefined;
}

/** Dev server middleware: answers a path `badRequestPath` refuses with 400 and a plain reason. */
export function rejectBadPaths(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const why = badRequestPath(req.url ?? '');
  if (why === undefined) return next();
  res.statusCode = 400;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`400 Bad Request: ${why}\n`);
}

interface DevServerClass {
  prototype: { _serverListen?: (port: number) => void };
}

/**
 * Makes Eleventy's dev server listen on `host`. Eleventy Dev Server 2.1 has no host option and
 * listens on every interface (11ty/eleventy-dev-server issue 128); its one listen call,
 * `_serverListen`, is replaced. Fails loudly if a new version moves it.
 */
export function listenOn(host: string): void {
  const require = createRequire(import.meta.url);
  const server = require('@11ty/eleventy-dev-server') as DevServerClass;
  if (typeof server.prototype._serverListen !== 'function') {
    throw new Error('Eleventy Dev Server internals changed: _serverListen not found (see scripts/eleventy/dev-guard.ts)');
  }
  server.prototype._serverListen = function (this: { server: { listen(o: object): void } }, port: number) {
    this.server.listen({ port, host });
  };
}

/** What `.eleventy.ts` hands `setServerOptions` under `npm start` (SAMACHAR_HOST from serve.ts). */
export function devServerOptions(host = process.env.SAMACHAR_HOST || DEFAULT_DEV_HOST): Record<string, unknown> {
  listenOn(host);
  // Listening on every interface is for phones on the LAN: show their addresses too.
  return { middleware: [rejectBadPaths, showContentErrors], showAllHosts: host === '0.0.0.0' || host === '::' };
}
