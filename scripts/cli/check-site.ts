/**
 * `npm run check:site -- [--site _site] [--content content] [--path-prefix /repo/] [--no-lighthouse]`: checks a built site
 * the way readers and search engines meet it — internal links, XML of feeds and sitemaps, article
 * page weight, the W3C Nu checker, axe-core, the layout at 320 px (no sideways scrolling, no layout
 * shift) and Lighthouse (mobile, CLS 0) — prints a report and exits 1 when any check misses the bar
 * of issues 6 and 20.
 */
import { resolve } from 'node:path';
import { loadSiteData } from '../content/data-files.ts';
import { formatErrors, type ContentError } from '../content/errors.ts';
import { checkLinks, listSiteFiles } from '../seo/links.ts';
import { ARTICLE_BUDGET, isArticlePage, pageWeight } from '../seo/page-weight.ts';
import { launch, checkXml, runAxe } from '../site-check/browser.ts';
import { LIGHTHOUSE_MINIMUM, runLighthouse, type LighthouseScores } from '../site-check/lighthouse.ts';
import { checkLayout, layoutPages } from '../site-check/layout.ts';
import { pagesForValidator, pickPages } from '../site-check/pages.ts';
import { serveSite } from '../site-check/static-server.ts';
import { runVnu } from '../site-check/vnu.ts';

const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const siteDir = resolve(opt('--site', '_site'));
const contentDir = resolve(opt('--content', 'content'));
const dataErrors: ContentError[] = [];
// A site built for a subfolder (SAMACHAR_PATH_PREFIX or this flag) is checked, and served, in it.
const prefixFlag = opt('--path-prefix', '');
const data = loadSiteData(contentDir, dataErrors, prefixFlag ? { ...process.env, SAMACHAR_PATH_PREFIX: prefixFlag } : process.env);
if (dataErrors.length) throw new Error(formatErrors(dataErrors));
const { site } = data;
const categories = data.categories.map((c) => c.slug);

const failures: string[] = [];
const advisoryPerformance = args.includes('--performance-advisory');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
  const t = performance.now();
  const r = await run();
  console.log(`   (${name}: ${((performance.now() - t) / 1000).toFixed(1)} s)`);
  return r;
}

const files = listSiteFiles(siteDir);
const kinds = pickPages(siteDir, files, categories);
console.log(`Checking ${siteDir}: ${files.length} files; page types: ${Object.keys(kinds).join(', ')}`);

console.log('\n== links');
const links = await step('links', () => checkLinks(siteDir, site.url));
console.log(`${links.links} links in ${links.files} HTML/XML files, ${links.broken.length} broken`);
for (const b of links.broken.slice(0, 30)) console.log(`  ${b.page}: ${b.href} (${b.reason})`);
if (links.broken.length) failures.push(`${links.broken.length} broken internal links`);

console.log('\n== page weight (gzip -9; article HTML + CSS, fonts and pictures aside)');
const cache = new Map<string, number>();
const weights = files
  .filter(isArticlePage)
  .map((p) => pageWeight(siteDir, p, cache, site.pathPrefix))
  .filter((w) => w.css > 0)
  .sort((a, b) => b.total - a.total);
const heaviest = weights[0];
if (heaviest) {
  const median = weights[Math.floor(weights.length / 2)]!;
  console.log(
    `${weights.length} article pages; heaviest ${heaviest.page}: HTML ${kb(heaviest.html)} + CSS ${kb(heaviest.css)} = ${kb(heaviest.total)} (budget ${kb(ARTICLE_BUDGET)}); JS ${kb(heaviest.js)}; median ${kb(median.total)}`,
  );
  const over = weights.filter((w) => w.total > ARTICLE_BUDGET);
  if (over.length) failures.push(`${over.length} article pages over ${kb(ARTICLE_BUDGET)}`);
}

console.log('\n== W3C Nu HTML checker');
const validated = pagesForValidator(files);
const vnu = await step('vnu', () => runVnu(siteDir, validated));
console.log(`${validated.length} pages, ${vnu.length} errors`);
for (const m of vnu.slice(0, 30)) console.log(`  ${m.file}:${m.line ?? ''} ${m.message}`);
if (vnu.length) failures.push(`${vnu.length} Nu checker errors`);

const server = await serveSite(siteDir, { pathPrefix: site.pathPrefix });
// Where the site's pages are: the server's origin plus the prefix, without its last slash.
const siteBase = server.origin + site.pathPrefix.slice(0, -1);
const browser = await launch();
try {
  console.log('\n== feeds and sitemaps are well-formed XML');
  const xmlFiles = files.filter((f) => f.endsWith('.xml'));
  const badXml = await step('xml', () => checkXml(browser, siteBase, xmlFiles));
  console.log(`${xmlFiles.length} XML files, ${badXml.length} not well-formed`);
  for (const b of badXml) console.log(`  ${b.path}: ${b.error.slice(0, 200)}`);
  if (badXml.length) failures.push(`${badXml.length} XML files not well-formed`);

  console.log('\n== axe-core (light and dark colour scheme, 412 px wide)');
  const axe = await step('axe', () => runAxe(browser, siteBase, Object.values(kinds)));
  const bad = axe.filter((r) => r.violations.length);
  console.log(`${axe.length} page checks, ${bad.length} with violations`);
  for (const r of bad)
    for (const v of r.violations)
      console.log(`  ${r.path} [${r.scheme}] ${v.id} (${v.impact}): ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
  if (bad.length) failures.push(`axe violations on ${bad.length} page checks`);

  console.log('\n== layout at 320 px (no sideways scrolling) and layout shift while loading (budget 0)');
  const layoutList = layoutPages(siteDir, kinds);
  const layout = await step('layout', () =>
    checkLayout(
      browser,
      siteBase,
      layoutList.map((p) => p.path),
    ),
  );
  for (const [i, r] of layout.entries()) {
    console.log(
      `  ${layoutList[i]!.kind.padEnd(12)} ${r.path}: ${r.overflow ? `${r.overflow} px too wide (${r.widest})` : 'fits'}, CLS ${r.cls}`,
    );
    if (r.overflow) failures.push(`${r.path} scrolls sideways at 320 px (${r.widest})`);
    if (r.cls > 0) failures.push(`${r.path} shifts while loading (CLS ${r.cls})`);
  }
} finally {
  await browser.close();
}

if (!args.includes('--no-lighthouse')) {
  console.log('\n== Lighthouse (mobile)');
  const scores: LighthouseScores[] = [];
  await step('lighthouse', async () => {
    for (const kind of ['home', 'category', 'article', 'search']) {
      const path = kinds[kind];
      if (!path) {
        failures.push(`no ${kind} page to run Lighthouse on`);
        continue;
      }
      const s = await runLighthouse(siteBase, path);
      scores.push(s);
      console.log(
        `  ${kind.padEnd(9)} ${path}: performance ${s.performance}, accessibility ${s.accessibility}, best practices ${s['best-practices']}, SEO ${s.seo}, CLS ${s.cls}`,
      );
      // Lighthouse's CLS is a layout measure under a simulated slow phone, not a timing: always enforced.
      if (s.cls > 0) failures.push(`Lighthouse CLS ${s.cls} > 0 on ${kind}`);
      for (const f of s.failing) console.log(`      ${f}`);
      for (const [cat, min] of Object.entries(LIGHTHOUSE_MINIMUM)) {
        const score = s[cat as keyof typeof LIGHTHOUSE_MINIMUM];
        if (score >= min) continue;
        // Performance is a timing: on a shared CI machine it measures the neighbours as much as the
        // page, so there it is reported, not enforced (run check:site on a quiet machine to enforce).
        if (cat === 'performance' && advisoryPerformance)
          console.log(`      note: performance ${score} < ${min} (not enforced with --performance-advisory)`);
        else failures.push(`Lighthouse ${cat} ${score} < ${min} on ${kind}`);
      }
    }
  });
}
await server.close();

console.log(failures.length ? `\nFAILED: ${failures.join('; ')}` : '\nAll site checks passed.');
process.exitCode = failures.length ? 1 : 0;
