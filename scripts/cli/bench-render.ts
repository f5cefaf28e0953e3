import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { prepareSite } from '../build/site-model.ts';
import { renderSite } from '../build/render.ts';
import { summariseProfile, shareLines, type CpuProfile } from '../bench/cpu-profile.ts';
import { Html, html, literalArticlePage } from '../bench/literal-page.ts';

const HELP = `npx tsx scripts/cli/bench-render.ts --content DIR --out DIR [--profile FILE.cpuprofile]
Renders DIR's site alone (no search index beside it) and prints the render stage's CPU seconds, where
its main thread's time goes (a V8 CPU profile, grouped by package), and the CPU seconds of the same
article pages written as one TypeScript template literal (scripts/bench/literal-page.ts).`;

const { values } = parseArgs({
  options: { content: { type: 'string' }, out: { type: 'string' }, profile: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help || !values.content || !values.out) {
  console.log(HELP);
  process.exit(values.help ? 0 : 1);
}
const model = prepareSite({ contentDir: values.content, includeDrafts: false, includeFuture: false, now: Date.now() });
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 1000 });
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const pages = await renderSite(model, values.out);
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
if (values.profile) writeFileSync(values.profile, JSON.stringify(profile));

const header = html`<header>${model.catalog.categories.map((c) => html`<li><a href="/${c.slug}/">${c.name}</a></li>`)}</header>`;
const footer = html`<footer>${model.catalog.districts.map((d) => html`<li><a href="/jila/${d.slug}/">${d.name}</a></li>`)}</footer>`;
const body = new Html(`<p>${'ख़बर '.repeat(1500)}</p>`);
const lit0 = process.cpuUsage();
let bytes = 0;
for (const a of model.catalog.articles) {
  const related = (model.related.get(a.url) ?? []).map((r) => r.article);
  bytes += literalArticlePage(a, { siteTitle: model.site.title, siteUrl: model.site.url, header, footer, body, related }).length;
}
const lit = process.cpuUsage(lit0);

const s = summariseProfile(profile as CpuProfile);
const nunjucks = Object.values(s.underNunjucks).reduce((a, b) => a + b, 0);
console.log(`render: ${pages} pages, CPU ${(cpu.user / 1e6).toFixed(1)} s user + ${(cpu.system / 1e6).toFixed(1)} s kernel`);
console.log(`main thread by package (self time, ${s.seconds.toFixed(1)} s sampled):\n  ${shareLines(s.self, s.seconds).join('\n  ')}`);
console.log(
  `under a Nunjucks frame: ${((100 * nunjucks) / s.seconds).toFixed(1)}%, of which running:\n  ${shareLines(s.underNunjucks, s.seconds).join('\n  ')}`,
);
console.log(
  `${model.catalog.articles.length} article pages as a template literal: CPU ${((lit.user + lit.system) / 1e6).toFixed(2)} s (${(bytes / 1048576).toFixed(0)} MB of HTML, the body given)`,
);
