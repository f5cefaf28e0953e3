import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

// A fixture archive with the newsroom's bylines: two reporters with profiles, an agency story.
const photo = await sharp({ create: { width: 160, height: 160, channels: 3, background: '#2f6f73' } })
  .jpeg()
  .toBuffer();
const AUTHORS = [
  {
    slug: 'asha-meena',
    name: 'आशा मीणा',
    role: 'जालोर संवाददाता',
    photo: '/assets/lekhak/asha.jpg',
    links: { x: 'https://x.com/asha_jalore', website: 'https://asha.example/' },
  },
  { slug: 'ravi-joshi', name: 'रवि जोशी' },
  { slug: 'kavita-sharma', name: 'कविता शर्मा' },
];
const story = (slug: string, title: string, byline: string, extra = '') =>
  `---\ntitle: ${title}\ndate: 2026-11-22 09:00\ncategory: rajniti\n${byline}district: jalore\nslug: ${slug}\n${extra}---\nजालोर। ${title} पर पंचायत ने चर्चा की।\n`;

const dir = copyArchive({
  '_data/authors.json': JSON.stringify(AUTHORS),
  '_data/sources.json': '[{ "slug": "agency", "name": "एजेंसी" }]',
  'assets/lekhak/asha.jpg': photo,
  'articles/2026/11/do-lekhak.md': story('do-lekhak', 'नहर की मरम्मत', 'author: [asha-meena, ravi-joshi]\n'),
  'articles/2026/11/teen-lekhak.md': story('teen-lekhak', 'मंडी में नई आवक', 'author:\n  - asha-meena\n  - ravi-joshi\n  - kavita-sharma\n'),
  'articles/2026/11/agency.md': story('agency', 'राज्य बजट की घोषणाएँ', 'source: एजेंसी\n'),
  'articles/2026/11/sudhar.md': story(
    'sudhar',
    'सड़क का काम शुरू',
    'author: ravi-joshi\n',
    'correction: { date: 2026-11-23 10:15, text: "सड़क की लंबाई 12 नहीं, 21 किलोमीटर है।" }\n',
  ),
});
const out = join(tempDir(), '_site');
const page = (url: string) => readFileSync(join(out, url, 'index.html'), 'utf8');

const byline = suite('build: bylines and author pages');
byline.before(async () => {
  await buildSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: NOW }, out);
});

byline('two and three authors read as Hindi prose, each linked to their page', () => {
  assert.match(
    page('/2026/11/do-lekhak/'),
    '<a href="/lekhak/asha-meena/" rel="author">आशा मीणा</a> और <a href="/lekhak/ravi-joshi/" rel="author">रवि जोशी</a>',
  );
  assert.match(
    page('/2026/11/teen-lekhak/'),
    'आशा मीणा</a>, <a href="/lekhak/ravi-joshi/" rel="author">रवि जोशी</a> और <a href="/lekhak/kavita-sharma/" rel="author">कविता शर्मा</a>',
  );
});

byline('agency copy names the agency, unlinked, and is an Organization in JSON-LD', () => {
  const html = page('/2026/11/agency/');
  assert.match(html, '<span class="source">एजेंसी</span>');
  assert.match(html, '"author":[{"@type":"Organization","name":"एजेंसी"}]');
});

byline("every author's page lists the stories they share", () => {
  for (const slug of ['asha-meena', 'ravi-joshi']) {
    const html = page(`/lekhak/${slug}/`);
    assert.match(html, 'href="/2026/11/do-lekhak/"', slug);
    assert.match(html, 'href="/2026/11/teen-lekhak/"', slug);
  }
  assert.match(page('/lekhak/kavita-sharma/'), 'href="/2026/11/teen-lekhak/"');
  assert.not.match(page('/lekhak/kavita-sharma/'), 'href="/2026/11/do-lekhak/"');
});

byline("an author's page shows the photo (alt = name, width, height), beat and links, and a ProfilePage", () => {
  const html = page('/lekhak/asha-meena/');
  assert.match(html, '<img class="author-photo" src="/assets/lekhak/asha.jpg" width="160" height="160" alt="आशा मीणा">');
  assert.match(html, '<p class="author-role">जालोर संवाददाता</p>');
  assert.match(html, '<a href="https://x.com/asha_jalore" rel="me noopener">X</a>');
  assert.match(html, '"@type":"ProfilePage"');
  assert.not.match(page('/lekhak/ravi-joshi/'), 'author-profile');
  assert.ok(readFileSync(join(out, 'assets/lekhak/asha.jpg')).equals(photo), 'the photo is published as it is');
});
byline.run();

const correction = suite('build: corrections');
correction('the note is at the top of the story, marked सुधार with the date in Hindi, before the body', () => {
  const html = page('/2026/11/sudhar/');
  const box =
    '<aside class="correction" aria-label="सुधार"><p><strong>सुधार (<time datetime="2026-11-23T10:15:00.000+05:30">23 नवंबर 2026, 10:15</time>):</strong> सड़क की लंबाई 12 नहीं, 21 किलोमीटर है।</p></aside>';
  assert.match(html, box);
  assert.ok(html.indexOf(box) < html.indexOf('class="story-body"'));
  assert.match(html, '"correction":[{"@type":"CorrectionComment","datePublished":"2026-11-23T10:15:00+05:30"');
  assert.match(html, '"dateModified":"2026-11-23T10:15:00+05:30"');
  assert.not.match(page('/2026/11/agency/'), 'class="correction"');
});
correction.run();

// The fixture archive's mandi story is breaking until 2026-11-24 18:00; the tests' NOW is 12:00 that day.
const strip = suite('build: the breaking strip and the featured lead, by the build clock');
strip('the strip links the breaking story on every kind of page', () => {
  const html =
    '<li><strong>ब्रेकिंग:</strong> <a href="/2026/11/jire-ke-bhav-unche-isabgol-sthir/">&quot;जीरे&quot; के भाव &lt;ऊँचे&gt; &amp; इसबगोल स्थिर</a></li>';
  for (const url of ['/', '/2026/11/do-lekhak/', '/lekhak/asha-meena/', '/rajniti/']) assert.match(page(url), html, url);
});
strip('the newest featured story leads the home page', () => {
  const home = page('/');
  const first = home.indexOf('class="card');
  assert.ok(first > 0);
  assert.match(home.slice(first, first + 600), 'मंत्री ने पुल का लोकार्पण किया');
});
strip('a build after breaking_until has no strip', async () => {
  const later = join(tempDir(), '_site');
  await buildSite({ contentDir: dir, includeDrafts: false, includeFuture: false, now: Date.parse('2026-11-24T18:00:00+05:30') }, later);
  assert.not.match(readFileSync(join(later, 'index.html'), 'utf8'), 'class="breaking"');
});
strip.run();
