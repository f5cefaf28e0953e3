import { plainText } from './entities.ts';
import { SLUG_PATTERN } from '../content/schema.ts';
import { normalizeText } from '../hindi/normalize.ts';
import { slugify } from '../hindi/slug.ts';
import { convertBody, type PictureResolver } from './body.ts';
import { decodeName } from './import-map.ts';
import { indiaDate, type ExportIndex, type ImportedPost } from './post.ts';
import type { WxrItem } from './wxr-reader.ts';
import { linkPath } from './old-urls.ts';

/**
 * A published WordPress page as a static page, `pages/<slug>.md` at `/<slug>/`: title, summary from
 * the excerpt, `updated` from the modified date. Pages in other states are skipped by reason. An old
 * address other than `/<slug>/` (a child page, a Devanagari slug) goes to the redirect map.
 */
export function importPage(item: WxrItem, index: ExportIndex, picture: PictureResolver): ImportedPost | string {
  if (item.status !== 'publish') return `page (${item.status || 'no status'})`;
  const name = decodeName(item.name);
  const slug = SLUG_PATTERN.test(name) ? name : slugify(name.replace(/-/g, ' ') || item.title);
  const body = convertBody(item.content, picture, index.siteUrl, (id) => index.attachments.get(id));
  const fm: Record<string, unknown> = { title: normalizeText(plainText(item.title)) };
  const summary = normalizeText(plainText(item.excerpt));
  if (summary) fm.summary = summary;
  const updated = indiaDate(item.modifiedGmt, item.modified);
  if (updated) fm.updated = updated;
  const old = linkPath(item.link);
  return {
    path: `pages/${slug}.md`,
    oldPaths: old && !old.includes('?') && old !== `/${slug}/` && old !== '/' ? [old] : [],
    fm,
    body: body.markdown,
    unknownShortcodes: body.unknownShortcodes,
    missingPictures: [...new Set(body.missingPictures)],
    withoutAlt: body.withoutAlt,
  };
}
