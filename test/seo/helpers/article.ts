import type { Article } from '../../../scripts/catalog/types.ts';
import type { SiteConfig } from '../../../scripts/content/site-config.ts';
import { siteConfigSchema } from '../../../scripts/content/site-config.ts';

/** A site config with every default, on https://news.example. */
export const SITE: SiteConfig = siteConfigSchema.parse({
  title: 'परीक्षण <समाचार>',
  description: 'जाँच & परख',
  url: 'https://news.example/',
});

/** A small article; `n` spaces the dates one hour apart, newest = highest n. */
export function article(n: number, over: Partial<Article> = {}): Article {
  const ts = Date.parse('2026-11-20T00:00:00+05:30') + n * 3600_000;
  const ist = new Date(ts + 5.5 * 3600_000).toISOString().replace('Z', '+05:30');
  return {
    id: `articles/2026/11/a-${n}.md`,
    sourcePath: `/x/a-${n}.md`,
    title: `ख़बर ${n}`,
    summary: `सारांश ${n}`,
    slug: `a-${n}`,
    url: `/2026/11/a-${n}/`,
    date: ist,
    timestamp: ts,
    category: { slug: 'rajniti', name: 'राजनीति' },
    district: { slug: 'barmer', name: 'बाड़मेर' },
    authors: [{ slug: 'ravi', name: 'रवि' }],
    byline: [{ before: '', name: 'रवि', url: '/lekhak/ravi/' }],
    tags: [],
    draft: false,
    aliases: [],
    body: '',
    text: '',
    ...over,
  };
}

/** `count` articles newest first, as the catalog holds them. */
export function articles(count: number, over: (n: number) => Partial<Article> = () => ({})): Article[] {
  return Array.from({ length: count }, (_, i) => article(count - i, over(count - i)));
}
