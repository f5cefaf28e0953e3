import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { badRequestPath, rejectBadPaths } from '../../scripts/eleventy/dev-guard.ts';

const REFUSED: Array<[string, string]> = [
  ['/%E0%A4', 'malformed percent-encoding'],
  ['/%zz', 'malformed percent-encoding'],
  ['/%', 'malformed percent-encoding'],
  ['/a%00b', 'a control character'],
  ['/%0d%0aSet-Cookie:x', 'a control character'],
  ['/../package.json', 'a `.` or `..` segment'],
  ['/..', 'a `.` or `..` segment'],
  ['/%2e%2e/package.json', 'a `.` or `..` segment'],
  ['/..%2fpackage.json', 'a `.` or `..` segment'],
  ['/..%5cpackage.json', 'a `.` or `..` segment'],
  ['/2026/11/../../../etc/passwd', 'a `.` or `..` segment'],
  ['/./index.html', 'a `.` or `..` segment'],
  ['*', 'the request target is not a path'],
  ['http://example.org/', 'the request target is not a path'],
];
const SERVED = [
  '/',
  '/2026/11/mandi-bhav/',
  '/%E0%A4%95%E0%A4%BF%E0%A4%B8%E0%A4%BE%E0%A4%A8/',
  '/khoj/?q=..%2f%zz',
  '/a..b/',
  '/.11ty/reload-client.js',
  '/file.with.dots.css',
];

const paths = suite('dev-guard: badRequestPath');
for (const [path, why] of REFUSED) paths(`refuses ${JSON.stringify(path)}: ${why}`, () => assert.is(badRequestPath(path), why));
for (const path of SERVED) paths(`lets ${JSON.stringify(path)} through`, () => assert.is(badRequestPath(path), undefined));

const middleware = suite('dev-guard: rejectBadPaths');

middleware('a refused path gets 400 with the reason in plain text; the chain stops', () => {
  const res = {
    statusCode: 200,
    headers: {} as Record<string, string>,
    body: '',
    setHeader(k: string, v: string) {
      this.headers[k] = v;
    },
    end(b: string) {
      this.body = b;
    },
  };
  let nextCalled = false;
  rejectBadPaths({ url: '/%zz' } as IncomingMessage, res as unknown as ServerResponse, () => {
    nextCalled = true;
  });
  assert.is(res.statusCode, 400);
  assert.is(res.headers['Content-Type'], 'text/plain; charset=utf-8');
  assert.match(res.body, 'malformed percent-encoding');
  assert.not.ok(nextCalled);
});

middleware('a good path goes on to the server', () => {
  let nextCalled = false;
  rejectBadPaths({ url: '/2026/' } as IncomingMessage, {} as ServerResponse, () => {
    nextCalled = true;
  });
  assert.ok(nextCalled);
});

paths.run();
middleware.run();
