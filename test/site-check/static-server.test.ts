import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { tempDir } from '../helpers/archive.ts';

const test = suite('serveSite in a folder (pathPrefix), as GitHub Pages serves a project site');
const dir = tempDir();
mkdirSync(join(dir, 'rajniti'));
writeFileSync(join(dir, 'index.html'), 'home');
writeFileSync(join(dir, 'rajniti/index.html'), 'rajniti');
writeFileSync(join(dir, '404.html'), 'not found');
let server: Awaited<ReturnType<typeof serveSite>>;
test.before(async () => {
  server = await serveSite(dir, { pathPrefix: '/repo/', hostHeaders: false });
});
test.after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

// [requested path, status, body]
const CASES: Array<[string, number, string]> = [
  ['/repo/', 200, 'home'],
  ['/repo', 200, 'home'],
  ['/repo/rajniti/', 200, 'rajniti'],
  ['/repo/nahin/', 404, 'not found'],
  ['/rajniti/', 404, 'not found'],
  ['/', 404, 'not found'],
  ['/repository/', 404, 'not found'],
  ['/repo/../index.html', 404, 'not found'],
];
for (const [path, status, body] of CASES)
  test(`${path} → ${status}`, async () => {
    const r = await fetch(server.origin + path);
    assert.is(r.status, status);
    assert.is(await r.text(), body);
  });

test.run();

const bare = suite('serveSite on a site without a 404 page');
const bareDir = tempDir();
writeFileSync(join(bareDir, 'index.html'), 'home');
let bareServer: Awaited<ReturnType<typeof serveSite>>;
bare.before(async () => {
  bareServer = await serveSite(bareDir, { hostHeaders: false });
});
bare.after(async () => {
  await bareServer.close();
  rmSync(bareDir, { recursive: true, force: true });
});
// [requested path, status, body, content type]: the server answers each and is still there for the next.
const BARE: Array<[string, number, string, string]> = [
  ['/nahin/', 404, '404 Not Found', 'text/plain; charset=utf-8'],
  ['/favicon.ico', 404, '404 Not Found', 'text/plain; charset=utf-8'],
  ['/%E0%A4', 404, '404 Not Found', 'text/plain; charset=utf-8'],
  ['/', 200, 'home', 'text/html; charset=utf-8'],
];
for (const [path, status, body, type] of BARE)
  bare(`${path} → ${status}`, async () => {
    const r = await fetch(bareServer.origin + path);
    assert.is(r.status, status);
    assert.is(r.headers.get('content-type'), type);
    assert.is(await r.text(), body);
  });
bare.run();
