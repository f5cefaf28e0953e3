import type { Article } from '../catalog/types.ts';
import type { SiteConfig } from '../content/site-config.ts';
import type { Author } from '../content/schema.ts';
import { w3cDateTime } from './xml.ts';
import { absoluteUrl } from '../catalog/url-paths.ts';

/** The picture structured data should name: absolute URL and size. */
export interface LdImage {
  url: string;
  width: number;
  height: number;
}

const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;
const SCRIPT_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * JSON for the inside of a `<script>` element. `<` becomes `\u003c`, so a title containing
 * `</script>` or `<!--` cannot end the element early; `>` and `&` likewise for good measure,
 * and U+2028/2029, which older JavaScript parsers reject in strings. The JSON means the same.
 */
export function jsonForScript(value: unknown): string {
  // One pass instead of five: this runs for every article page.
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (c) => SCRIPT_ESCAPES[c]!);
}

/** A reporter as schema.org `Person`: their page, beat (`jobTitle`), photo and social profiles (`sameAs`). */
function personLd(author: Author, abs: (path: string) => string): Record<string, unknown> {
  const sameAs = Object.values(author.links ?? {}).filter((u): u is string => typeof u === 'string');
  return {
    '@type': 'Person',
    name: author.name,
    url: abs(`/lekhak/${author.slug}/`),
    ...(author.role ? { jobTitle: author.role } : {}),
    ...(author.photo ? { image: abs(author.photo) } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

/** An author's page as schema.org `ProfilePage`, the type Google reads for a byline's profile. */
export function profileJsonLd(author: Author, site: SiteConfig): object {
  const abs = (path: string) => absoluteUrl(site.url, path);
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: abs(`/lekhak/${author.slug}/`),
    inLanguage: 'hi',
    mainEntity: personLd(author, abs),
  };
}

/**
 * Every person of the byline with the URL of their page, or the agency or desk as an Organization:
 * Google reads `author` as a list and wants the type that matches who wrote the story.
 */
function bylineLd(article: Article, abs: (path: string) => string): object[] {
  const people = article.authors.map((a) => personLd(a, abs));
  return article.source ? [...people, { '@type': 'Organization', name: article.source.name }] : people;
}

/**
 * schema.org `NewsArticle` and `BreadcrumbList` of an article page as one `@graph`: what Google
 * News and Discover read for headline, times (+05:30), author, publisher, section and place.
 */
export function articleJsonLd(article: Article, site: SiteConfig, image: LdImage): object {
  const abs = (path: string) => absoluteUrl(site.url, path);
  const url = abs(article.url);
  const categoryUrl = abs(`/${article.category.slug}/`);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': `${url}#article`,
        mainEntityOfPage: { '@type': 'WebPage', '@id': url },
        url,
        headline: article.title,
        ...(article.summary ? { description: article.summary } : {}),
        inLanguage: 'hi',
        datePublished: w3cDateTime(article.date),
        dateModified: w3cDateTime(article.updated ?? article.date),
        image: [
          {
            '@type': 'ImageObject',
            url: image.url,
            width: image.width,
            height: image.height,
            ...(article.image?.caption ? { caption: article.image.caption } : {}),
            ...(article.image?.credit ? { creditText: article.image.credit } : {}),
          },
        ],
        author: bylineLd(article, abs),
        ...(article.corrections
          ? {
              correction: article.corrections.map((c) => ({
                '@type': 'CorrectionComment',
                datePublished: w3cDateTime(c.date),
                text: c.text,
              })),
            }
          : {}),
        publisher: {
          '@type': 'NewsMediaOrganization',
          name: site.title,
          url: `${site.url}/`,
          logo: { '@type': 'ImageObject', url: abs(site.logo) },
        },
        articleSection: article.category.name,
        contentLocation: { '@type': 'Place', name: article.district.name },
        ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
        isAccessibleForFree: true,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          { '@type': 'ListItem', position: 1, name: 'होम', item: `${site.url}/` },
          { '@type': 'ListItem', position: 2, name: article.category.name, item: categoryUrl },
          { '@type': 'ListItem', position: 3, name: article.title, item: url },
        ],
      },
    ],
  };
}
