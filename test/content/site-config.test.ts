import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { rmSync } from 'node:fs';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { siteConfigSchema } from '../../scripts/content/site-config.ts';
import { sitePathProblem, siteUrlProblem } from '../../scripts/content/site-urls.ts';
import { copyArchive } from '../helpers/archive.ts';
import { english } from '../helpers/english.ts';

const url = suite('site url');

for (const good of ['https://marudhar-samachar.example', 'http://localhost:8080', 'https://example.org/samachar/', 'HTTPS://Example.org']) {
  url(`accepts ${good}`, () => assert.is(siteUrlProblem(good), undefined));
}

// [input, message part]; z.url() accepted the first five.
const badUrls: Array<[string, string]> = [
  ['javascript:alert(1)', 'must start with https://'],
  ['data:text/html,<b>x</b>', 'must start with https://'],
  ['file:///etc/passwd', 'must start with https://'],
  ['ftp://example.org', 'must start with https://'],
  ['https://editor:secret@example.org', 'user name or password'],
  ['https://example.org/?utm=1', 'without ?query or #fragment'],
  ['https://example.org/#top', 'without ?query or #fragment'],
  ['https://exa mple.org', 'spaces'],
  ['https:\\\\evil.example', 'must start with https://'],
  ['https://"onmouseover=x', 'quotes'],
  ['https://', 'not a valid address'],
  ['example.org', 'must start with https://'],
];
for (const [input, message] of badUrls) url(`refuses ${input}`, () => assert.match(english(siteUrlProblem(input)), message));

url('the schema writes the address normalised, without a trailing slash', () => {
  // A folder in url must be the site's pathPrefix (test/content/path-prefix.test.ts).
  const r = siteConfigSchema.parse({ title: 'समाचार', url: 'https://Example.ORG/samachar/', pathPrefix: '/samachar/' });
  assert.is(r.url, 'https://example.org/samachar');
});

const path = suite('site paths (logo, icon, defaultImage)');

for (const good of ['/assets/logo.png', '/img/लोगो.png', '/a/b-c_d.v2.webp']) {
  path(`accepts ${good}`, () => assert.is(sitePathProblem('logo', '/assets/logo.png', good), undefined));
}

const badPaths: Array<[string, string]> = [
  ['assets/logo.png', 'must be a path on this site'],
  ['//evil.example/logo.png', 'must be a path on this site'],
  ['https://cdn.example/logo.png', 'must be a path on this site'],
  ['javascript:alert(1)', 'must be a path on this site'],
  ['/assets/../../etc/passwd', '. or .. folders'],
  ['/./logo.png', '. or .. folders'],
  ['/assets\\logo.png', 'must not contain'],
  ['/assets/%2e%2e/logo.png', 'must not contain'],
  ['/logo.png?v=1', 'must not contain'],
  ['/logo.png" onerror="x', 'must not contain'],
];
for (const [input, message] of badPaths) {
  path(`refuses ${input}`, () => {
    const problem = english(sitePathProblem('logo', '/assets/logo.png', input));
    assert.match(problem, message);
    assert.match(problem, 'like /assets/logo.png');
  });
}

path('every URL-like setting is checked, defaults still apply', () => {
  const r = siteConfigSchema.safeParse({
    title: 'समाचार',
    url: 'https://example.org',
    logo: '//x',
    icon: '../i.png',
    defaultImage: 'https://x/y.png',
  });
  assert.is(r.success, false);
  assert.equal(
    r.error!.issues.map((i) => i.path[0]),
    ['logo', 'icon', 'defaultImage'],
  );
  const d = siteConfigSchema.parse({ title: 'समाचार', url: 'https://example.org' });
  assert.equal([d.logo, d.icon, d.defaultImage], ['/assets/logo.png', '/assets/icon.png', '/assets/social-card.png']);
});

const keys = suite('unknown settings');

/** The lines and messages (English) of site.json's problems when it is `text`. */
function siteProblems(text: string): string[] {
  const dir = copyArchive({ '_data/site.json': text });
  const errors: ContentError[] = [];
  loadSiteData(dir, errors);
  rmSync(dir, { recursive: true });
  return errors.map((e) => e.format({ lang: 'en' }).replace(/^.*site\.json:/, 'site.json:'));
}

// [what, site.json's text, the line expected]
const UNKNOWN: Array<[string, string, string]> = [
  ['a misspelt top-level key', '{\n  "title": "समाचार",\n  "url": "https://example.org",\n  "pageSzie": 10\n}\n', 'site.json:4: '],
  [
    'two, at the first one’s line',
    '{\n  "title": "समाचार",\n  "thme": {},\n  "url": "https://example.org",\n  "titel": "x"\n}\n',
    'site.json:3: ',
  ],
  [
    'one inside a setting, at the setting’s line',
    '{\n  "title": "समाचार",\n  "url": "https://example.org",\n\n  "search": { "wokers": 2 }\n}\n',
    'site.json:5: ',
  ],
];
for (const [what, text, line] of UNKNOWN)
  keys(`${what} is reported at its line of site.json, not line 0`, () => {
    const found = siteProblems(text);
    assert.is(found.length, 1, found.join('; '));
    assert.ok(found[0]!.startsWith(line), found[0]);
    assert.match(found[0]!, 'is not a setting here');
  });

url.run();
path.run();
keys.run();
