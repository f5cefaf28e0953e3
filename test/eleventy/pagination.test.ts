import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';

/**
 * layouts/partials/pagination.njk rendered alone by Nunjucks (Eleventy's own copy) for listings of
 * every length and position: which numbers show, where the ellipses fall, which link is current,
 * and that each link goes to its page's URL from pageUrls.
 */
const require = createRequire(import.meta.url);
const nunjucks = require('nunjucks') as {
  Environment: new (loader: unknown) => { render(name: string, ctx: object): string };
  FileSystemLoader: new (dir: string) => unknown;
};
const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(resolve(import.meta.dirname, '../../layouts')));

/** Page URLs as a listing numbered from the oldest might give them: any strings work. */
const urls = (count: number) => Object.freeze(Array.from({ length: count }, (_, i) => (i === 0 ? '/x/' : `/x/p/${count - i}/`)));
const render = (pageNumber: number, pageCount: number) =>
  env.render('partials/pagination.njk', { listing: { pageNumber, pageCount, pageUrls: urls(pageCount) } });
/** The items as the reader sees them: `[3]` is the current page, `…` an ellipsis. */
const items = (html: string) =>
  [...html.matchAll(/<li[^>]*>(?:<a ([^>]*)>([^<]*)<\/a>|(…))<\/li>/g)].map(([, attrs, text, gap]) =>
    gap ? '…' : attrs!.includes('aria-current="page"') ? `[${text}]` : text!,
  );

const test = suite('pagination.njk');
// [page, of pages, items]
const table: Array<[number, number, string[]]> = [
  [1, 2, ['[1]', '2', 'अगला →']],
  [2, 2, ['← पिछला', '1', '[2]']],
  [2, 3, ['← पिछला', '1', '[2]', '3', 'अगला →']],
  [1, 9, ['[1]', '2', '…', '9', 'अगला →']],
  [3, 9, ['← पिछला', '1', '2', '[3]', '4', '…', '9', 'अगला →']],
  // A single page between is shown as its number, never as an ellipsis.
  [4, 9, ['← पिछला', '1', '2', '3', '[4]', '5', '…', '9', 'अगला →']],
  [5, 9, ['← पिछला', '1', '…', '4', '[5]', '6', '…', '9', 'अगला →']],
  [6, 9, ['← पिछला', '1', '…', '5', '[6]', '7', '8', '9', 'अगला →']],
  [9, 9, ['← पिछला', '1', '…', '8', '[9]']],
  [500, 1000, ['← पिछला', '1', '…', '499', '[500]', '501', '…', '1000', 'अगला →']],
];
for (const [n, count, expected] of table) test(`page ${n} of ${count}`, () => assert.equal(items(render(n, count)), expected));

test('one page: no navigation at all', () => assert.is(render(1, 1).trim(), ''));

test('every link goes to its page in pageUrls; previous and next carry rel', () => {
  const html = render(5, 9);
  const all = urls(9);
  for (const [, href, label] of html.matchAll(/href="([^"]*)" aria-label="पन्ना (\d+)/g)) assert.is(href, all[Number(label) - 1]);
  assert.match(html, `<a rel="prev" href="${all[3]}">`);
  assert.match(html, `<a rel="next" href="${all[5]}">`);
  assert.match(html, '<nav class="pagination" aria-label="पन्ने">');
  assert.is(html.match(/aria-current/g)?.length, 1);
});
test.run();
