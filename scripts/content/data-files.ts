import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ContentError } from './errors.ts';
import { authorSchema, categorySchema, districtSchema, sourceSchema } from './schema.ts';
import type { Author, Category, District, Source } from './schema.ts';
import { RESERVED_SLUGS, siteConfigSchema, type SiteConfig } from './site-config.ts';
import { normalizeText, normalizeValue } from '../hindi/normalize.ts';
import { displayPath, lineOfOffset, lineOfText } from './lines.ts';
import { readFailureMsg } from './load.ts';
import { msg, type Msg } from './messages.ts';
import { PATH_PREFIX_ENV, withPrefixFromEnv } from './path-prefix.ts';
import { siteIssueMessage } from './site-issues.ts';

/** The declared vocabulary of an archive plus its site settings. */
export interface SiteData {
  site: SiteConfig;
  categories: Category[];
  districts: District[];
  authors: Author[];
  /** Agencies and desks (`sources.json`); empty when the archive has no such file. */
  sources: Source[];
  /**
   * site.json as it was read, when the schema accepted it: later checks of its settings (picture files,
   * footer pages) find a setting's line in it instead of reading the file again. Absent when site.json
   * was missing or refused, and `site` then holds defaults, not what the editor wrote.
   */
  siteJson?: { file: string; text: string };
}

/** What to write instead, for the settings whose messages do not already say it. */
const SITE_HINTS: Record<string, Msg> = {
  url: msg('siteJson.urlHint'),
  title: msg('siteJson.titleHint'),
};

function readJson(path: string, errors: ContentError[]): { value: unknown; text: string } | undefined {
  let text: string;
  try {
    text = normalizeText(readFileSync(path, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      errors.push(new ContentError(displayPath(path), 0, msg('data.missing'), msg('data.missingHint')));
    else
      errors.push(new ContentError(displayPath(path), 0, msg('file.unreadable', { why: readFailureMsg(e) }), msg('data.unreadableHint')));
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec(String(e));
    const line = m ? lineOfOffset(text, Number(m[1])) : 0;
    errors.push(new ContentError(displayPath(path), line, msg('data.notJson'), msg('data.notJsonHint'), undefined, (e as Error).message));
    return undefined;
  }
  // An escape such as "\u0007" makes its character only now; clean every string of the parsed value too.
  const cleaned = normalizeValue(parsed);
  if (!cleaned.ok) {
    errors.push(new ContentError(displayPath(path), 1, msg('data.tooDeep'), msg('data.tooDeepHint')));
    return undefined;
  }
  return { value: cleaned.value, text };
}

function readList<T extends { slug: string; name: string }>(dir: string, name: string, schema: z.ZodType<T>, errors: ContentError[]): T[] {
  const path = join(dir, `${name}.json`);
  const read = readJson(path, errors);
  if (!read) return [];
  const file = displayPath(path);
  if (!Array.isArray(read.value)) {
    errors.push(new ContentError(file, 1, msg('data.notList', { name })));
    return [];
  }
  const out: T[] = [];
  const seen = new Set<string>();
  read.value.forEach((raw, i) => {
    const r = schema.safeParse(raw);
    const slug = (raw as { slug?: unknown } | null)?.slug;
    const line = typeof slug === 'string' ? lineOfText(read.text, `"${slug}"`) : 0;
    if (!r.success) {
      for (const issue of r.error.issues)
        errors.push(
          new ContentError(file, line, msg('data.entry', { n: i + 1, path: issue.path.join('.') || 'entry', detail: issue.message })),
        );
      return;
    }
    if (seen.has(r.data.slug))
      errors.push(new ContentError(file, line, msg('data.slugTwice', { slug: r.data.slug }), msg('data.slugTwiceHint')));
    else if (name === 'categories' && (RESERVED_SLUGS.has(r.data.slug) || /^\d{4}$/.test(r.data.slug))) {
      errors.push(new ContentError(file, line, msg('data.slugReserved', { slug: r.data.slug }), msg('data.slugReservedHint')));
    }
    seen.add(r.data.slug);
    out.push(r.data);
  });
  return out;
}

/**
 * Reads and validates `_data/site.json`, `categories.json`, `districts.json`, `authors.json` and `sources.json`.
 * `env`: SAMACHAR_PATH_PREFIX there sets site.json's `pathPrefix` for this build (scripts/content/path-prefix.ts).
 */
export function loadSiteData(contentDir: string, errors: ContentError[], env: NodeJS.ProcessEnv = process.env): SiteData {
  const dir = join(contentDir, '_data');
  const siteRead = readJson(join(dir, 'site.json'), errors);
  let site = siteConfigSchema.parse({ title: 'समाचार', url: 'https://example.org' });
  let siteJson: SiteData['siteJson'];
  if (siteRead) {
    const r = siteConfigSchema.safeParse(withPrefixFromEnv(siteRead.value, env));
    if (r.success) {
      site = r.data;
      siteJson = { file: join(dir, 'site.json'), text: siteRead.text };
    } else
      for (const issue of r.error.issues) {
        // A misspelt top-level setting has no path: it is found at the line of the (first) key.
        const key = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : ''));
        errors.push(
          new ContentError(
            displayPath(join(dir, 'site.json')),
            key ? lineOfText(siteRead.text, `"${key}"`) : 0,
            key === 'pathPrefix' && env[PATH_PREFIX_ENV]
              ? msg('siteJson.issueFromEnv', { path: issue.path.join('.'), problem: siteIssueMessage(issue), env: PATH_PREFIX_ENV })
              : msg('siteJson.issue', { path: issue.path.join('.') || 'site', problem: siteIssueMessage(issue) }),
            SITE_HINTS[key],
          ),
        );
      }
  }
  return {
    site,
    categories: readList(dir, 'categories', categorySchema, errors),
    districts: readList(dir, 'districts', districtSchema, errors),
    authors: readList(dir, 'authors', authorSchema, errors),
    // Optional: most archives have no agency copy, and a missing file is not an editor's mistake.
    sources: existsSync(join(dir, 'sources.json')) ? readList(dir, 'sources', sourceSchema, errors) : [],
    ...(siteJson ? { siteJson } : {}),
  };
}
