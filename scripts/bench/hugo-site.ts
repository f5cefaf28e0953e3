import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { formatHindiMonth } from '../hindi/dates.ts';

/** The Go templates of the bench's Hugo twin of the site (article, listings, home, feeds). */
export const HUGO_LAYOUTS = join(import.meta.dirname, 'hugo-layouts');

/** A category, district or author of `_data/`. */
export interface Named {
  slug: string;
  name: string;
  description?: string;
  role?: string;
}

/** What the Hugo site needs of the content folder besides its stories. */
export interface HugoSiteData {
  title: string;
  description: string;
  url: string;
  pageSize: number;
  categories: readonly Named[];
  districts: readonly Named[];
  authors: readonly Named[];
}

/** One Markdown file's front matter (YAML read with the JSON schema, as data) and body. */
export function splitFrontMatter(text: string): { fm: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { fm: {}, body: text };
  const fm = yaml.load(m[1]!, { schema: yaml.JSON_SCHEMA });
  return { fm: fm && typeof fm === 'object' ? (fm as Record<string, unknown>) : {}, body: text.slice(m[0].length) };
}

const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);
const q = (s: string) => JSON.stringify(s);
const qs = (xs: readonly string[]) => `[${xs.map(q).join(', ')}]`;

/**
 * A bench story (archive.ts) as a Hugo page: the same title, date, slug and body; category,
 * district and author as the taxonomies `categories`, `jila` and `lekhak`. It goes in
 * `content/YYYY/MM/`, so Hugo's URL is samachar's (`/2026/11/<slug>/`).
 */
export function hugoStory(text: string): { path: string; text: string } {
  const { fm, body } = splitFrontMatter(text);
  const date = String(fm.date ?? '');
  if (!/^\d{4}-\d{2}-\d{2}/.test(date) || !fm.slug || !fm.title) throw new Error('not a bench story: title, date and slug are needed');
  const front = [
    '---',
    `title: ${q(String(fm.title))}`,
    `date: ${q(date)}`,
    `slug: ${q(String(fm.slug))}`,
    `categories: ${qs(list(fm.category))}`,
    `jila: ${qs(list(fm.district))}`,
    `lekhak: ${qs(list(fm.author))}`,
    '---',
  ];
  return { path: join(date.slice(0, 4), date.slice(5, 7), `${fm.slug}.md`), text: `${front.join('\n')}\n${body}` };
}

/** The term pages' titles and descriptions, and which terms have a feed (categories: samachar's per-category feeds). */
export function termIndex(item: Named, feed: boolean): string {
  // The slug keeps the term's URL samachar's (/rajniti/), not one made from the Hindi title.
  const lines = [
    '---',
    `title: ${q(item.name)}`,
    `slug: ${q(item.slug)}`,
    `description: ${q(item.description ?? item.role ?? `${item.name} की ख़बरें`)}`,
  ];
  if (feed) lines.push('outputs: ["HTML", "RSS"]');
  return `${[...lines, '---'].join('\n')}\n`;
}

/**
 * hugo.toml: Hindi, 20 stories a page numbered under p/, 50 items a feed, related stories by
 * category and district. A category held by over half the stories is left out of the related
 * index (cardinalityThreshold: the bench archives put a corpus's one label in one category, and
 * every story then scored every other). A month index cost a third more of Hugo's CPU at 3,000
 * stories, so there is none: samachar's related lists, which rank by the text, have no date term either.
 */
export function hugoConfig(d: HugoSiteData): string {
  return `baseURL = ${q(d.url.replace(/\/?$/, '/'))}
languageCode = "hi"
defaultContentLanguage = "hi"
title = ${q(d.title)}
timeZone = "Asia/Kolkata"
paginate = ${d.pageSize}
paginatePath = "p"
rssLimit = 50
enableRobotsTXT = true
[params]
description = ${q(d.description)}
[taxonomies]
category = "categories"
district = "jila"
author = "lekhak"
[permalinks]
categories = "/:slug/"
[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[related]
includeNewer = true
threshold = 0
toLower = false
[[related.indices]]
name = "categories"
weight = 60
cardinalityThreshold = 50
[[related.indices]]
name = "jila"
weight = 40
`;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The site settings and lists of a content folder's `_data/`. */
export function readSiteData(contentDir: string): HugoSiteData {
  const data = join(contentDir, '_data');
  const site = readJson<{ title: string; description: string; url: string; pageSize?: number }>(join(data, 'site.json'));
  return {
    title: site.title,
    description: site.description,
    url: site.url,
    pageSize: site.pageSize ?? 20,
    categories: readJson<Named[]>(join(data, 'categories.json')),
    districts: readJson<Named[]>(join(data, 'districts.json')),
    authors: readJson<Named[]>(join(data, 'authors.json')),
  };
}

const write = (path: string, text: string) => {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
};

/**
 * Writes `contentDir` (a bench archive) as a Hugo site in `siteDir`: config, the stories, year and
 * month sections, term pages, static pages, data for names, the templates, samachar's CSS (which
 * Hugo concatenates, minifies and fingerprints) and `assets/`. Returns how many stories it wrote.
 */
export function writeHugoSite(contentDir: string, siteDir: string, cssDir: string): number {
  const d = readSiteData(contentDir);
  write(join(siteDir, 'hugo.toml'), hugoConfig(d));
  const names = (xs: readonly Named[]) => Object.fromEntries(xs.map((x) => [x.slug, x.name]));
  write(
    join(siteDir, 'data/names.json'),
    JSON.stringify({ categories: names(d.categories), jila: names(d.districts), lekhak: names(d.authors) }),
  );
  for (const k of ['categories', 'districts', 'authors'] as const) write(join(siteDir, 'data', `${k}.json`), JSON.stringify(d[k]));
  const content = join(siteDir, 'content');
  for (const c of d.categories) write(join(content, 'categories', c.slug, '_index.md'), termIndex(c, true));
  for (const x of d.districts) write(join(content, 'jila', x.slug, '_index.md'), termIndex(x, false));
  for (const a of d.authors) write(join(content, 'lekhak', a.slug, '_index.md'), termIndex(a, false));
  write(join(content, 'jila/_index.md'), '---\ntitle: "ज़िले"\n---\n');
  write(join(content, 'lekhak/_index.md'), '---\ntitle: "लेखक"\n---\n');
  let stories = 0;
  const articles = join(contentDir, 'articles');
  for (const year of readdirSync(articles).filter((n) => /^\d{4}$/.test(n))) {
    write(join(content, year, '_index.md'), `---\ntitle: ${q(`${year} की ख़बरें`)}\n---\n`);
    for (const month of readdirSync(join(articles, year)).filter((n) => /^\d{2}$/.test(n))) {
      write(join(content, year, month, '_index.md'), `---\ntitle: ${q(formatHindiMonth(Number(year), Number(month)))}\n---\n`);
      for (const name of readdirSync(join(articles, year, month)).filter((n) => n.endsWith('.md'))) {
        const story = hugoStory(readFileSync(join(articles, year, month, name), 'utf8'));
        write(join(content, story.path), story.text);
        stories++;
      }
    }
  }
  const pages = join(contentDir, 'pages');
  for (const name of existsSync(pages) ? readdirSync(pages).filter((n) => n.endsWith('.md')) : []) {
    const { fm, body } = splitFrontMatter(readFileSync(join(pages, name), 'utf8'));
    const slug = name.slice(0, -3);
    // At the top of content/, not in a section of their own: a section would get a listing page.
    write(join(content, name), `---\ntitle: ${q(String(fm.title ?? slug))}\nlayout: page\n---\n${body}`);
  }
  cpSync(HUGO_LAYOUTS, join(siteDir, 'layouts'), { recursive: true });
  for (const css of readdirSync(cssDir).filter((n) => n.endsWith('.css'))) cpSync(join(cssDir, css), join(siteDir, 'assets/css', css));
  if (existsSync(join(contentDir, 'assets'))) cpSync(join(contentDir, 'assets'), join(siteDir, 'static/assets'), { recursive: true });
  return stories;
}
