import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { hugoBuild, hugoVersion } from '../../scripts/bench/hugo-run.ts';
import { splitFrontMatter } from '../../scripts/bench/hugo-site.ts';
import { smallHugoSite } from '../helpers/hugo-site.ts';

const PAGEFIND = resolve(import.meta.dirname, '../../node_modules/pagefind/lib/runner/bin.cjs');
const run = suite('hugoBuild');

// Hugo is an optional tool of the benchmark (Debian's `hugo` package): without it there is nothing to run.
if (hugoVersion()) {
  run('Hugo and the Pagefind CLI build the bench site at samachar URLs, index every story, and are measured', async () => {
    const { siteDir, contentDir } = smallHugoSite(30);
    const r = await hugoBuild(siteDir, 'public-test', PAGEFIND);
    const out = join(siteDir, 'public-test');
    const month = join(contentDir, 'articles/2026/11');
    const { fm } = splitFrontMatter(readFileSync(join(month, readdirSync(month)[0]!), 'utf8'));
    const page = readFileSync(join(out, '2026/11', String(fm.slug), 'index.html'), 'utf8');
    assert.ok(page.includes(`<h1 data-pagefind-meta="title">${fm.title}</h1>`), 'the story page');
    assert.ok(page.includes('data-pagefind-body'));
    for (const listing of [
      `${fm.category}/index.html`,
      `jila/${fm.district}/index.html`,
      `lekhak/${fm.author}/index.html`,
      'index.xml',
      'sitemap.xml',
    ])
      assert.ok(existsSync(join(out, listing)), listing);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.is(entry.languages.hi.page_count, 30);
    assert.ok(r.pages > 30 && r.files > r.pages, `${r.pages} pages, ${r.files} files`);
    // CPU is sampled every 100 ms (proc-tree.ts): on a quiet machine the Pagefind CLI indexes these 30 stories
    // between two samples and is seen with none (CI, 2026-12-03: {"hugo":0.12,"pagefind":0}). Its wall time is measured.
    assert.ok(r.cpuByProgram.hugo > 0 && r.cpuByProgram.pagefind >= 0, JSON.stringify(r.cpuByProgram));
    assert.ok(r.seconds.pagefind > 0, JSON.stringify(r.seconds));
    assert.ok(Math.abs(r.seconds.total - r.seconds.hugo - r.seconds.pagefind) < 0.02);
    assert.ok(r.peakRssMB > 10);
  });
}

run.run();
