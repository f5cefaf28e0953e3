import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { writeWxr } from '../bench/wxr.ts';
import { loadSiteData } from '../content/data-files.ts';
import { planImport } from '../import/plan.ts';
import { importWordpress } from '../import/run.ts';

/**
 * `npm run bench:import -- --posts N`: generates a WXR export of N posts, plans and imports it into a
 * temporary content folder with the sample archive's data files, and prints the time of each step and
 * the peak memory of the process (the generator streams, so the peak is the importer's).
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { posts: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
});
const posts = Number(values.posts);
if (!Number.isInteger(posts) || posts < 1) {
  console.error(`--posts must be a whole number of at least 1, got ${values.posts}`);
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'samachar-import-bench-'));
const wxr = join(dir, 'export.xml');
const content = join(dir, 'content');
cpSync(join('content', '_data'), join(content, '_data'), { recursive: true });
await writeWxr(wxr, posts);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
let t = performance.now();
const map = await planImport(wxr, loadSiteData(content, []));
map.defaults.category = 'rajniti';
const plan = seconds(t);
t = performance.now();
const summary = await importWordpress({ wxr, map, content, force: false });
const run = seconds(t);
console.log(
  `${posts} posts, export ${(statSync(wxr).size / 1e6).toFixed(0)} MB: plan ${plan} s, import ${run} s ` +
    `(${summary.files.written} files), peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
if (values.keep) console.log(`kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
