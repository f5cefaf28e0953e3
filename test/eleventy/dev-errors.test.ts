import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import { ContentError } from '../../scripts/content/errors.ts';
import { affectedPages, pagePath, setDevErrors, showContentErrors } from '../../scripts/eleventy/dev-errors.ts';
import type { SiteModel } from '../../scripts/eleventy/model.ts';

const contentDir = join(process.cwd(), 'test-content');
const rel = (p: string) => relative(process.cwd(), join(contentDir, p));
const model = {
  input: { contentDir },
  catalog: { articles: [{ sourcePath: join(contentDir, 'articles/2026/11/mandi.md'), url: '/2026/11/mandi-bhav/' }] },
} as unknown as SiteModel;
const err = (file: string) => new ContentError(rel(file), 3, 'गड़बड़', 'ठीक करें');

const pages = suite('affectedPages');
const cases: Array<[string, string[], string[] | 'all']> = [
  ['a broken story: its own page', ['articles/2026/11/mandi.md'], ['/2026/11/mandi-bhav/']],
  ['a new story that never had a page: the home page', ['articles/2026/11/nayi.md'], ['/']],
  ['a data file: every page', ['_data/categories.json'], 'all'],
  ['a story and a data file: every page', ['articles/2026/11/mandi.md', '_data/site.json'], 'all'],
  ['a static page: every page', ['pages/sampark.md'], 'all'],
];
for (const [name, files, expected] of cases)
  pages(name, () => {
    const got = affectedPages(files.map(err), model);
    assert.equal(got === 'all' ? got : [...got], expected);
  });
pages.run();

const paths = suite('pagePath');
const pathCases: Array<[string, string]> = [
  ['/2026/11/x/', '/2026/11/x/'],
  ['/2026/11/x/index.html', '/2026/11/x/'],
  ['/2026/11/x/?utm=1#top', '/2026/11/x/'],
  ['/feed.xml', '/feed.xml'],
];
for (const [url, path] of pathCases) paths(url, () => assert.is(pagePath(url), path));
paths.run();

/** Runs the middleware on a request; returns the status and body it answered with, or 'next'. */
function request(url: string): { status?: number; body?: string } | 'next' {
  const res = { statusCode: 200, headers: {} as Record<string, string>, body: undefined as string | undefined };
  let passed = false;
  showContentErrors(
    { url } as IncomingMessage,
    {
      set statusCode(v: number) {
        res.statusCode = v;
      },
      setHeader: (k: string, v: string) => (res.headers[k] = v),
      end: (b: string) => (res.body = b),
    } as unknown as ServerResponse,
    () => (passed = true),
  );
  return passed ? 'next' : { status: res.statusCode, body: res.body };
}

const ware = suite('showContentErrors (dev server middleware)');
ware.after.each(() => setDevErrors(undefined));
ware('no errors: every request passes on', () => {
  assert.is(request('/2026/11/mandi-bhav/'), 'next');
});
ware('the affected page gets the error page with status 500; other pages and files pass on', () => {
  setDevErrors({ errors: [err('articles/2026/11/mandi.md')], pages: new Set(['/2026/11/mandi-bhav/']) });
  const r = request('/2026/11/mandi-bhav/index.html');
  assert.ok(r !== 'next');
  assert.is(r.status, 500);
  assert.match(r.body!, 'mandi.md:3');
  assert.is(request('/2026/11/dusri/'), 'next');
  assert.is(request('/feed.xml'), 'next');
});
ware("'all': every page, never the stylesheet or the search files", () => {
  setDevErrors({ errors: [err('_data/site.json')], pages: 'all' });
  assert.not.equal(request('/khoj/'), 'next');
  assert.is(request('/pagefind/manifest.json'), 'next');
  const css = request('/__samachar/dev-error.css');
  assert.ok(css !== 'next' && css.body!.includes('body{'));
});
ware.run();
