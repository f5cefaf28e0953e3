import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { planImport } from '../../scripts/import/plan.ts';
import { importWordpress, type ImportSummary } from '../../scripts/import/run.ts';
import { mkdirSync } from 'node:fs';
import sharp from 'sharp';
import { copyArchive, FIXTURES, tempDir, treeHash } from '../helpers/archive.ts';

const WXR = join(FIXTURES, 'wordpress/marudhar.xml');
const NAHAR = 'articles/2025/03/nahar-ka-pani.md';

async function imported(force = false, dir = copyArchive(), uploads?: string): Promise<{ dir: string; summary: ImportSummary }> {
  const map = await planImport(WXR, loadSiteData(dir, []));
  map.defaults.category = 'rajniti';
  return { dir, summary: await importWordpress({ wxr: WXR, map, content: dir, force, uploads }) };
}

const run = suite('importWordpress');

run('every imported file passes the validator and the catalog', async () => {
  const { dir, summary } = await imported();
  const { articles, errors } = loadArticles(dir);
  assert.equal(errors.map(String), []);
  assert.equal(summary.files, { written: 4, unchanged: 0, updated: 0, kept: 0 });
  const byTitle = (t: string) => articles.find((a) => a.title.startsWith(t));
  assert.ok(byTitle('सांचौर में नहर'));
  assert.is(byTitle('बाड़मेर में पंचायत')?.draft, true);
  assert.is(byTitle('जालोर में ग्रेनाइट')?.draft, false);
});

run('a post keeps its fields: India date, updated, summary, author, Yoast primary category, district, tags, old permalink', async () => {
  const { dir } = await imported();
  const text = readFileSync(join(dir, NAHAR), 'utf8');
  const fm = text.split('---\n')[1];
  assert.is(
    fm,
    [
      'title: सांचौर में नहर का पानी पहुँचा, किसानों ने की पूजा',
      'slug: nahar-ka-pani',
      'date: 2025-03-11 01:45',
      'category: kheti-bari',
      'author: sunita-chaudhri',
      'district: jalore',
      'updated: 2025-03-12 09:00',
      'summary: नर्मदा नहर की नई शाखा में पहली बार पानी पहुँचा।',
      'tags: [पानी]',
      'aliases: [/2025/03/%E0%A4%A8%E0%A4%B9%E0%A4%B0-%E0%A4%95%E0%A4%BE-%E0%A4%AA%E0%A4%BE%E0%A4%A8%E0%A5%80/]',
      '',
    ].join('\n'),
  );
  assert.match(readFileSync(join(dir, 'articles/2027/01/granite-mela.md'), 'utf8'), 'date: 2027-01-05 11:00\ncategory: rajniti\n');
  const categories = JSON.parse(readFileSync(join(dir, '_data/categories.json'), 'utf8'));
  assert.equal(categories.at(-1), { slug: 'kheti-bari', name: 'खेती-बाड़ी' });
});

run('a published page becomes a static page with its modified date', async () => {
  const { dir } = await imported();
  assert.is(
    readFileSync(join(dir, 'pages/parichay.md'), 'utf8'),
    '---\ntitle: हमारे बारे में\nupdated: 2024-06-01 10:00\n---\n\nमरुधर समाचार जालोर और आसपास के गाँवों की ख़बरें छापता है।\n\nसंपर्क के लिए दफ़्तर में आइए।\n',
  );
  assert.equal(
    loadArticles(dir).pages.map((p) => p.url),
    ['/parichay/'],
  );
});

run('skipped items are counted by reason; dropped shortcodes and pictures not copied are reported', async () => {
  const { summary } = await imported();
  assert.equal(summary.skipped, {
    nav_menu_item: 1,
    'private post': 1,
    revision: 1,
  });
  assert.equal(summary.unknownShortcodes, { 'contact-form-7': 1 });
  assert.equal(summary.missingPictures, [[NAHAR, 'https://marudhar.example/wp-content/uploads/2025/03/nahar.jpg']]);
});

run('a post the map gives no category waits for a decision, named with its line', async () => {
  const dir = copyArchive();
  const map = await planImport(WXR, loadSiteData(dir, []));
  const summary = await importWordpress({ wxr: WXR, map, content: dir, force: false });
  assert.equal(summary.decisions, [{ line: 79, id: '103', title: 'जालोर में ग्रेनाइट मेला अगले महीने', why: 'no category in the map' }]);
});

run('a second run changes nothing; an edited file is kept unless --force', async () => {
  const { dir } = await imported();
  const before = treeHash(dir);
  const again = await imported(false, dir);
  assert.is(treeHash(dir), before);
  assert.equal(again.summary.files, { written: 0, unchanged: 4, updated: 0, kept: 0 });
  writeFileSync(join(dir, NAHAR), `${readFileSync(join(dir, NAHAR), 'utf8')}\nसंपादक का जोड़ा अनुच्छेद।\n`);
  const edited = treeHash(dir);
  const kept = await imported(false, dir);
  assert.equal(kept.summary.kept, [NAHAR]);
  assert.is(treeHash(dir), edited);
  const forced = await imported(true, dir);
  assert.is(forced.summary.files.updated, 1);
  assert.is(treeHash(dir), before);
});

run('with --uploads the lead and body pictures are copied and the story passes the picture checks', async () => {
  const uploads = tempDir();
  mkdirSync(join(uploads, '2025/03'), { recursive: true });
  await sharp({ create: { width: 800, height: 533, channels: 3, background: '#3a7bd5' } })
    .jpeg()
    .toFile(join(uploads, '2025/03/nahar.jpg'));
  const { dir, summary } = await imported(false, copyArchive(), uploads);
  assert.equal(summary.missingPictures, []);
  assert.is(summary.picturesCopied, 1);
  const text = readFileSync(join(dir, NAHAR), 'utf8');
  assert.match(text, 'image: /images/wordpress/2025/03/nahar.jpg\nimage_alt: नहर में बहता पानी\n');
  assert.match(text, '\n![नहर में बहता पानी](/images/wordpress/2025/03/nahar.jpg "नहर की नई शाखा में पहुँचा पानी")\n');
  assert.equal(loadArticles(dir).errors.map(String), []);
  const again = await imported(false, dir, uploads);
  assert.is(again.summary.picturesCopied, 0);
  assert.is(again.summary.files.unchanged, 4);
});

run('with the import state, a newer export updates the stories nobody edited and keeps the edited ones', async () => {
  const dir = copyArchive();
  const state = join(tempDir(), 'state.json');
  const map = await planImport(WXR, loadSiteData(dir, []));
  map.defaults.category = 'rajniti';
  await importWordpress({ wxr: WXR, map, content: dir, force: false, state });
  const GRANITE = 'articles/2027/01/granite-mela.md';
  writeFileSync(join(dir, GRANITE), `${readFileSync(join(dir, GRANITE), 'utf8')}\nसंपादक का जोड़ा अनुच्छेद।\n`);
  const newer = join(tempDir(), 'newer.xml');
  writeFileSync(
    newer,
    readFileSync(WXR, 'utf8')
      .replace(/किसानों ने की पूजा/g, 'किसानों ने की पूजा-अर्चना')
      .replace(/ग्रेनाइट उद्योग का/g, 'ग्रेनाइट कारोबार का'),
  );
  const summary = await importWordpress({ wxr: newer, map, content: dir, force: false, state });
  assert.equal(summary.files, { written: 0, unchanged: 2, updated: 1, kept: 1 });
  assert.match(readFileSync(join(dir, NAHAR), 'utf8'), 'title: सांचौर में नहर का पानी पहुँचा, किसानों ने की पूजा-अर्चना\n');
  assert.equal(summary.kept, [GRANITE]);
});

run.run();
