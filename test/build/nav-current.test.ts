import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { FIXTURES, NOW, tempDir } from '../helpers/archive.ts';

/**
 * The header's menu and the footer mark the page's own entry aria-current="page" and its section's
 * "true" (the current style in site.css is on [aria-current]): the districts as the categories, and
 * the footer's authors, topics and archive links, which have no menu entry.
 */
const test = suite('aria-current in the header and footer of each kind of page');
const out = join(tempDir(), '_site');
test.before(async () => {
  await buildSite({ contentDir: join(FIXTURES, 'archive'), includeDrafts: false, includeFuture: false, now: NOW }, out);
});

/** The marked links of one part of a page, as "text=value", each once (the menu repeats under "और"). */
function marked(html: string, part: 'header' | 'footer'): string[] {
  const region = new RegExp(`<${part} class="site-${part}">([\\s\\S]*?)</${part}>`).exec(html)?.[1] ?? '';
  const links = [...region.matchAll(/<a [^>]*aria-current="(\w+)"[^>]*>([^<]*)<\/a>/g)].map((m) => `${m[2]}=${m[1]}`);
  return [...new Set(links)];
}

// [page, header's marked entries, footer's marked entries]
const PAGES: Array<[string, string[], string[]]> = [
  ['/', [], []],
  ['/rajniti/', ['राजनीति=page'], []],
  ['/2026/11/panchayat-samiti-ki-baithak-men-sarak-par-bahas/', ['राजनीति=true'], []],
  ['/jila/', ['ज़िले=page'], []],
  ['/jila/jalore/', ['ज़िले=true'], ['जालोर=page']],
  ['/jila/jalore/p/1/', ['ज़िले=true'], []],
  ['/lekhak/', [], ['सभी लेखक=page']],
  ['/lekhak/asha-meena/', [], ['आशा मीणा=page', 'सभी लेखक=true']],
  ['/vishay/', [], ['विषय=page']],
  ['/vishay/sarak/', [], ['विषय=true']],
  ['/archive/', [], ['पुरालेख=page']],
  ['/2026/', [], ['पुरालेख=true']],
  ['/2026/11/', [], ['पुरालेख=true']],
  ['/khoj/', [], ['खोज=page']],
];
for (const [path, header, footer] of PAGES)
  test(path, () => {
    const html = readFileSync(join(out, path, 'index.html'), 'utf8');
    assert.equal(marked(html, 'header'), header, 'header');
    assert.equal(marked(html, 'footer'), footer, 'footer');
  });
test.run();
