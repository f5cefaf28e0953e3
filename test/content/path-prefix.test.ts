import { rmSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  PATH_PREFIX_ENV,
  pathPrefixProblem,
  prefixPath,
  siteAddress,
  urlFolderProblem,
  withPrefixFromEnv,
} from '../../scripts/content/path-prefix.ts';
import { siteConfigSchema } from '../../scripts/content/site-config.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { copyArchive } from '../helpers/archive.ts';
import { english } from '../helpers/english.ts';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';

const setting = suite('pathPrefix: what it may be');
for (const good of ['/', '/repo/', '/samachar-2026/', '/a/b/', '/my.site/', '/~news/'])
  setting(`accepts ${good}`, () => assert.is(pathPrefixProblem(good), undefined));
const BAD: Array<[string, string]> = [
  ['repo/', 'start and end with /'],
  ['/repo', 'start and end with /'],
  ['', 'start and end with /'],
  ['//', 'empty folder'],
  ['/a//b/', 'empty folder'],
  ['/../', 'folder ".."'],
  ['/./', 'folder "."'],
  ['/.git/', 'folder ".git"'],
  ['/समाचार/', 'English letters'],
  ['/my repo/', 'English letters'],
  ['/a%20b/', 'English letters'],
  ['/a?b/', 'English letters'],
  ['/a"b/', 'English letters'],
];
for (const [input, part] of BAD)
  setting(`refuses ${JSON.stringify(input)}`, () => {
    const problem = english(pathPrefixProblem(input));
    assert.match(problem, part);
    assert.match(problem, 'like "/samachar/"');
  });

const url = suite('url and pathPrefix together');
// [url as validated, prefix, problem part or undefined, the address every absolute link starts with]
const PAIRS: Array<[string, string, string | undefined, string]> = [
  ['https://x.example', '/', undefined, 'https://x.example'],
  ['https://x.github.io', '/repo/', undefined, 'https://x.github.io/repo'],
  ['https://x.github.io/repo', '/repo/', undefined, 'https://x.github.io/repo'],
  ['https://x.github.io/a/b', '/a/b/', undefined, 'https://x.github.io/a/b'],
  ['https://x.github.io/repo', '/', 'write "pathPrefix": "/repo/"', ''],
  ['https://x.github.io/old', '/repo/', 'write url without the folder, like https://x.github.io', ''],
  ['https://x.github.io/Repo', '/repo/', 'folder /Repo/', ''],
];
for (const [u, prefix, part, address] of PAIRS)
  url(`${u} with ${prefix}`, () => {
    const problem = urlFolderProblem(u, prefix);
    if (part === undefined) {
      assert.is(problem, undefined);
      assert.is(siteAddress(u, prefix), address);
    } else assert.match(english(problem), part);
  });

url('site.json: url gains the prefix once validated; a disagreeing folder is reported on url', () => {
  const base = { title: 'समाचार' };
  assert.is(siteConfigSchema.parse({ ...base, url: 'https://x.github.io/' }).url, 'https://x.github.io');
  assert.is(siteConfigSchema.parse({ ...base, url: 'https://x.github.io/' }).pathPrefix, '/');
  assert.is(siteConfigSchema.parse({ ...base, url: 'https://x.github.io', pathPrefix: '/repo/' }).url, 'https://x.github.io/repo');
  assert.is(siteConfigSchema.parse({ ...base, url: 'https://x.github.io/repo/', pathPrefix: '/repo/' }).url, 'https://x.github.io/repo');
  const r = siteConfigSchema.safeParse({ ...base, url: 'https://x.github.io/repo' });
  assert.equal(
    r.error?.issues.map((i) => i.path[0]),
    ['url'],
  );
  // A url that is no web address gets its own message only, not a second one about its "folder".
  const js = siteConfigSchema.safeParse({ ...base, url: 'javascript:alert(1)//x/' });
  assert.equal(
    js.error?.issues.map((i) => english(siteIssueMessage(i)).slice(0, 30)),
    ['url must start with https:// ('],
  );
  // Addresses no URL parser takes are reported, never thrown.
  for (const url of ['https://', 'exa mple', 'https://[x', 42])
    assert.is(siteConfigSchema.safeParse({ ...base, url, pathPrefix: '/repo/' }).success, false);
  const bad = siteConfigSchema.safeParse({ ...base, url: 'https://x.github.io', pathPrefix: 'repo' });
  assert.equal(
    bad.error?.issues.map((i) => i.path[0]),
    ['pathPrefix'],
  );
});

const paths = suite('prefixPath');
const PATHS: Array<[string, string, string]> = [
  ['/', '/rajniti/', '/rajniti/'],
  ['/repo/', '/rajniti/', '/repo/rajniti/'],
  ['/repo/', '/', '/repo/'],
  ['/repo/', '//cdn.example/x.js', '//cdn.example/x.js'],
  ['/repo/', 'https://x.example/a/', 'https://x.example/a/'],
  ['/repo/', '#main', '#main'],
  ['/repo/', 'p/2/', 'p/2/'],
];
for (const [prefix, path, expected] of PATHS) paths(`${prefix} + ${path}`, () => assert.is(prefixPath(prefix, path), expected));

const env = suite(`${PATH_PREFIX_ENV} overrides site.json for one build`);
env('set: replaces pathPrefix; unset or empty: site.json as written', () => {
  const raw = { title: 'x', pathPrefix: '/a/' };
  assert.equal(withPrefixFromEnv(raw, { [PATH_PREFIX_ENV]: '/b/' }), { title: 'x', pathPrefix: '/b/' });
  assert.is(withPrefixFromEnv(raw, {}), raw);
  assert.is(withPrefixFromEnv(raw, { [PATH_PREFIX_ENV]: '' }), raw);
  assert.equal(withPrefixFromEnv([1], { [PATH_PREFIX_ENV]: '/b/' }), [1]);
});
env('loadSiteData reads it, and a bad value names the variable', () => {
  const dir = copyArchive();
  try {
    const errors: ContentError[] = [];
    const data = loadSiteData(dir, errors, { [PATH_PREFIX_ENV]: '/repo/' });
    assert.equal(errors, []);
    assert.is(data.site.pathPrefix, '/repo/');
    assert.is(data.site.url, 'https://test.example/repo');
    const bad: ContentError[] = [];
    loadSiteData(dir, bad, { [PATH_PREFIX_ENV]: 'repo' });
    assert.is(bad.length, 1);
    assert.match(bad[0]!.message, `pathPrefix must start and end with /`);
    assert.match(bad[0]!.message, `(set by ${PATH_PREFIX_ENV})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

setting.run();
url.run();
paths.run();
env.run();
