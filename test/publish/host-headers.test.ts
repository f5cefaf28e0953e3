import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { headersFor, parseHeadersFile, patternMatches } from '../../scripts/publish/host-headers.ts';

const match = suite('patternMatches');
const CASES: Array<[string, string, boolean]> = [
  ['/*', '/', true],
  ['/*', '/2026/11/mandi/', true],
  ['/', '/', true],
  ['/', '/index.html', false],
  ['/admin/*', '/admin/', true],
  ['/admin/*', '/admin/config.yml', true],
  ['/admin/*', '/admin', false],
  ['/admin/*', '/administration/', false],
  ['/pagefind/2026-11/index/*', '/pagefind/2026-11/index/hi_1a2b.pf_index', true],
  ['/feed.xml', '/feed.xml', true],
  ['/feed.xml', '/feedxxml', false],
  ['/:year/*', '/2026/11/', true],
  ['/:year/*', '/2026', false],
];
for (const [pattern, path, expected] of CASES)
  match(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.is(patternMatches(pattern, path), expected));

const parse = suite('parseHeadersFile and headersFor');
const FILE = `# टिप्पणी
/*
  X-Frame-Options: DENY
  Referrer-Policy: strict-origin-when-cross-origin

/admin/*
  Content-Security-Policy: default-src 'self'; connect-src https://api.github.com
  X-Frame-Options: SAMEORIGIN
`;
parse('reads patterns and their headers; values keep their colons and quotes', () => {
  assert.equal(parseHeadersFile(FILE), [
    {
      pattern: '/*',
      headers: [
        ['X-Frame-Options', 'DENY'],
        ['Referrer-Policy', 'strict-origin-when-cross-origin'],
      ],
    },
    {
      pattern: '/admin/*',
      headers: [
        ['Content-Security-Policy', "default-src 'self'; connect-src https://api.github.com"],
        ['X-Frame-Options', 'SAMEORIGIN'],
      ],
    },
  ]);
});
parse('every matching rule applies; a header two rules name gets both values, in order', () => {
  const got = headersFor(parseHeadersFile(FILE), '/admin/');
  assert.equal(got.get('x-frame-options'), ['DENY', 'SAMEORIGIN']);
  assert.equal(got.get('referrer-policy'), ['strict-origin-when-cross-origin']);
  assert.ok(got.has('content-security-policy'));
  assert.not.ok(headersFor(parseHeadersFile(FILE), '/rajniti/').has('content-security-policy'));
});

match.run();
parse.run();
