import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hugoConfig, hugoStory, readSiteData, splitFrontMatter, termIndex } from '../../scripts/bench/hugo-site.ts';
import { smallHugoSite } from '../helpers/hugo-site.ts';

const story = suite('hugoStory');

const STORY = `---
title: "बाड़मेर में टांके की मरम्मत पूरी"
date: 2026-11-05
category: pani-bijli
author: deepak-bishnoi
district: barmer
slug: badmer-men-tanke-ki-marammat-7
---
गाँव के सार्वजनिक टांके की मरम्मत पूरी हो गई।

अब गर्मी में पानी का संकट कम होगा।
`;

story('a bench story keeps its title, date, slug and body; its lists become taxonomies', () => {
  const out = hugoStory(STORY);
  assert.is(out.path, join('2026', '11', 'badmer-men-tanke-ki-marammat-7.md'));
  const { fm, body } = splitFrontMatter(out.text);
  assert.equal(fm, {
    title: 'बाड़मेर में टांके की मरम्मत पूरी',
    date: '2026-11-05',
    slug: 'badmer-men-tanke-ki-marammat-7',
    categories: ['pani-bijli'],
    jila: ['barmer'],
    lekhak: ['deepak-bishnoi'],
  });
  assert.is(body, splitFrontMatter(STORY).body);
});

story('YAML in a title stays text (quoted), never markup of the front matter', () => {
  const out = hugoStory(STORY.replace(/^title: .*$/m, 'title: "जालोर: \\"सड़क\\" # बनी"'));
  assert.is(splitFrontMatter(out.text).fm.title, 'जालोर: "सड़क" # बनी');
});

for (const [what, text] of [
  ['no slug', STORY.replace(/^slug: .*\n/m, '')],
  ['no date', STORY.replace(/^date: .*\n/m, '')],
  ['no front matter', 'केवल पाठ\n'],
] as const) {
  story(`not a bench story (${what}): an error`, () => {
    assert.throws(() => hugoStory(text), /not a bench story/);
  });
}

const parts = suite('termIndex and hugoConfig');

parts('a category term keeps its slug as URL and has a feed; a district has none', () => {
  const c = splitFrontMatter(termIndex({ slug: 'rajniti', name: 'राजनीति', description: 'राजनीति की ख़बरें' }, true)).fm;
  assert.equal(c, { title: 'राजनीति', slug: 'rajniti', description: 'राजनीति की ख़बरें', outputs: ['HTML', 'RSS'] });
  const d = splitFrontMatter(termIndex({ slug: 'jalore', name: 'जालोर' }, false)).fm;
  assert.equal(d, { title: 'जालोर', slug: 'jalore', description: 'जालोर की ख़बरें' });
});

parts('the config pages by the site pageSize under p/, and lists stories by category, district and author', () => {
  const config = hugoConfig({ ...readSiteData('content'), pageSize: 12 });
  for (const line of [
    'paginate = 12',
    'paginatePath = "p"',
    'district = "jila"',
    'author = "lekhak"',
    'categories = "/:slug/"',
    'rssLimit = 50',
  ])
    assert.ok(config.includes(`${line}\n`), line);
  assert.match(config, /^home = \["HTML", "RSS"\]$/m);
});

const site = suite('writeHugoSite');

site('every story, every year and month, every term page, the templates and the CSS are written', () => {
  const { contentDir, siteDir, stories } = smallHugoSite(40);
  assert.is(stories, 40);
  const months = readdirSync(join(contentDir, 'articles/2026'));
  let written = 0;
  for (const m of months) {
    assert.ok(existsSync(join(siteDir, 'content/2026', m, '_index.md')), `month ${m}`);
    for (const name of readdirSync(join(contentDir, 'articles/2026', m))) {
      const source = readFileSync(join(contentDir, 'articles/2026', m, name), 'utf8');
      assert.is(readFileSync(join(siteDir, 'content', hugoStory(source).path), 'utf8'), hugoStory(source).text);
      written++;
    }
  }
  assert.is(written, 40);
  const data = readSiteData(contentDir);
  for (const c of data.categories) assert.ok(existsSync(join(siteDir, 'content/categories', c.slug, '_index.md')), c.slug);
  for (const d of data.districts) assert.ok(existsSync(join(siteDir, 'content/jila', d.slug, '_index.md')), d.slug);
  for (const a of data.authors) assert.ok(existsSync(join(siteDir, 'content/lekhak', a.slug, '_index.md')), a.slug);
  for (const f of ['hugo.toml', 'layouts/_default/single.html', 'layouts/index.html', 'assets/css/site.css', 'data/names.json'])
    assert.ok(existsSync(join(siteDir, f)), f);
  // Static pages at the top of content/: in a folder of their own they would get a listing page.
  assert.equal(splitFrontMatter(readFileSync(join(siteDir, 'content/sampark.md'), 'utf8')).fm, { title: 'संपर्क', layout: 'page' });
  const names = JSON.parse(readFileSync(join(siteDir, 'data/names.json'), 'utf8'));
  assert.is(names.categories[data.categories[0]!.slug], data.categories[0]!.name);
});

story.run();
parts.run();
site.run();
