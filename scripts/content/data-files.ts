import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError } from './errors.ts';
import { authorSchema, categorySchema, districtSchema, type Author, type Category, type District } from './schema.ts';
import { RESERVED_SLUGS, siteConfigSchema, type SiteConfig } from './site-config.ts';
import { normalizeText } from '../hindi/normalize.ts';
import { displayPath, lineOfOffset, lineOfText } from './lines.ts';
import { validateRelatedConfig } from '../related/index.ts';

/** The declared vocabulary of an archive plus its site settings. */
export interface SiteData {
  site: SiteConfig;
  categories: Category[];
  districts: District[];
  authors: Author[];
}

function readJson(path: string, errors: ContentError[]): { value: unknown; text: string } | undefined {
  let text: string;
  try {
    text = normalizeText(readFileSync(path, 'utf8'));
  } catch {
    errors.push(new ContentError(displayPath(path), 0, 'file is missing', `create it; see README.md, "Data files"`));
    return undefined;
  }
  try {
    return { value: JSON.parse(text), text };
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const line = m ? lineOfOffset(text, Number(m[1])) : 0;
    errors.push(new ContentError(displayPath(path), line, `this is not valid JSON (${(e as Error).message})`, 'check for a missing comma or quote near this line'));
    return undefined;
  }
}

function readList<T extends { slug: string; name: string }>(dir: string, name: string, schema: z.ZodType<T>, errors: ContentError[]): T[] {
  const path = join(dir, `${name}.json`);
  const read = readJson(path, errors);
  if (!read) return [];
  const file = displayPath(path);
  if (!Array.isArray(read.value)) {
    errors.push(new ContentError(file, 1, `${name}.json must be a list: [ { "slug": "…", "name": "…" }, … ]`));
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  read.value.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    const slug = (raw as { slug?: unknown } | null)?.slug;
    const line = typeof slug === 'string' ? lineOfText(read.text, `"${slug}"`) : 0;
    if (!r.success) {
      for (const issue of r.error.issues) errors.push(new ContentError(file, line, `entry ${i + 1}: ${issue.path.join('.') || 'entry'}: ${issue.message}`));
      return;
    }
    if (seen.has(r.data.slug)) errors.push(new ContentError(file, line, `slug "${r.data.slug}" is declared twice`, 'give each entry its own slug'));
    else if (name === 'categories' && (RESERVED_SLUGS.has(r.data.slug) || /^\d{4}$/.test(r.data.slug))) {
      errors.push(new ContentError(file, line, `category slug "${r.data.slug}" is taken by the site's own pages`, 'choose another slug'));
    }
    seen.add(r.data.slug);
    out.push(r.data);
  });
  return out;
}

/** Reads and validates `_data/site.json`, `categories.json`, `districts.json`, `authors.json`. */
export function loadSiteData(contentDir: string, errors: ContentError[]): SiteData {
  const dir = join(contentDir, '_data');
  const siteRead = readJson(join(dir, 'site.json'), errors);
  let site = siteConfigSchema.parse({ title: 'समाचार', url: 'https://example.org' });
  if (siteRead) {
    const r = siteConfigSchema.safeParse(siteRead.value);
    if (r.success) {
      site = r.data;
      const related = validateRelatedConfig(site.related);
      for (const message of related.errors) errors.push(new ContentError(displayPath(join(dir, 'site.json')), lineOfText(siteRead.text, '"related"'), `related: ${message}`, 'see README, "Related stories" for the allowed values'));
    } else for (const issue of r.error.issues) {
      const key = String(issue.path[0] ?? '');
      errors.push(new ContentError(displayPath(join(dir, 'site.json')), key ? lineOfText(siteRead.text, `"${key}"`) : 0, `${issue.path.join('.') || 'site'}: ${issue.message}`));
    }
  }
  return {
    site,
    categories: readList(dir, 'categories', categorySchema, errors),
    districts: readList(dir, 'districts', districtSchema, errors),
    authors: readList(dir, 'authors', authorSchema, errors),
  };
}
