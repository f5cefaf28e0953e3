import { plainText } from './entities.ts';
import { DateTime } from 'luxon';
import { SLUG_PATTERN } from '../content/schema.ts';
import { normalizeText } from '../hindi/normalize.ts';
import { slugify } from '../hindi/slug.ts';
import { convertBody, PLACEHOLDER_ALT, type PictureResolver } from './body.ts';
import { decodeName, type ImportMap } from './import-map.ts';
import type { WxrItem } from './wxr-reader.ts';
import { aliasable, linkPath } from './old-urls.ts';

/** What the first pass learnt that a post needs: pictures by attachment id, category nicenames by term id. */
export interface ExportIndex {
  attachments: Map<string, { url: string; alt: string; caption: string }>;
  categoryIds: Map<string, string>;
  siteUrl: string;
  /** Category slugs of the content and the map: an old permalink under one of them cannot be an alias. */
  categorySlugs: ReadonlySet<string>;
}

/** A post ready to write: its path under the content folder, its front-matter and body. */
export interface ImportedPost {
  path: string;
  fm: Record<string, unknown>;
  body: string;
  unknownShortcodes: string[];
  missingPictures: string[];
  /** Pictures given the placeholder alt text (WordPress had none), which an editor should describe. */
  withoutAlt: number;
  /** Old addresses the host cannot redirect by an alias (under a listing's folder), for the redirect map. */
  oldPaths: string[];
  /** The vocabulary it uses, for the data files: category, district, author slugs with their names (not on a page). */
  uses?: { category: [string, string]; district: [string, string]; authors: Array<[string, string]> };
}

/** Why an item is not imported (the summary counts these). */
export type SkipReason = string;

const SKIPPED_STATUS: Record<string, string> = { private: 'private post', trash: 'trashed post', 'auto-draft': 'auto-draft' };
const KEPT_STATUS = new Set(['publish', 'draft', 'pending', 'future']);
const IST = 'Asia/Kolkata';

/** An export date as India time, `YYYY-MM-DD HH:mm`: the GMT one when WordPress wrote it, else the local one (assumed IST). */
export function indiaDate(gmt: string, local: string): string | null {
  const fromGmt = gmt && !gmt.startsWith('0000') ? DateTime.fromSQL(gmt, { zone: 'utc' }) : null;
  const d = fromGmt?.isValid ? fromGmt : DateTime.fromSQL(local, { zone: IST });
  return d.isValid ? d.setZone(IST).toFormat('yyyy-MM-dd HH:mm') : null;
}

/**
 * One export item as an article, or why it is skipped. `taken` holds the paths already given out in
 * this run, so two posts with one slug in a month get the second one's WordPress id appended.
 */
export function importPost(
  item: WxrItem,
  map: ImportMap,
  index: ExportIndex,
  picture: PictureResolver,
  taken: Set<string>,
): ImportedPost | SkipReason {
  if (item.postType !== 'post')
    return item.postType === 'page' ? 'page (import static pages by hand)' : `${item.postType || 'unknown type'}`;
  if (!KEPT_STATUS.has(item.status)) return SKIPPED_STATUS[item.status] ?? `status ${item.status || 'missing'}`;
  const date = indiaDate(item.dateGmt, item.date);
  if (!date) return 'no date';
  const cats = item.terms.filter((t) => t.domain === 'category').map((t) => map.categories[decodeName(t.nicename)]);
  const tags = item.terms.filter((t) => t.domain === 'post_tag').map((t) => map.tags[decodeName(t.nicename)]);
  const primaryName = index.categoryIds.get(item.meta._yoast_wpseo_primary_category ?? '');
  const primary = primaryName !== undefined ? map.categories[decodeName(primaryName)] : undefined;
  const categoryOf = [primary, ...cats].find((c) => c?.category);
  const category = categoryOf?.category ?? map.defaults.category;
  if (!category) return 'no category in the map';
  const districtOf = [...cats, ...tags].find((c) => c?.district);
  const district = districtOf?.district ?? map.defaults.district;
  if (!district) return 'no district in the map';
  const author = map.authors[item.creator];
  if (!author) return `author ${item.creator || '(none)'} not in the map`;

  const name = decodeName(item.name);
  let slug = SLUG_PATTERN.test(name) && name.length <= 80 ? name : slugify(name.replace(/-/g, ' ') || item.title);
  const folder = `articles/${date.slice(0, 4)}/${date.slice(5, 7)}`;
  if (taken.has(`${folder}/${slug}.md`)) slug = `${slug}-${item.id}`;
  const path = `${folder}/${slug}.md`;
  taken.add(path);

  const body = convertBody(item.content, picture, index.siteUrl, (id) => index.attachments.get(id));
  const title = normalizeText(plainText(item.title));
  // The URL keeps WordPress's slug; without `slug:` the site would make one from the title.
  const fm: Record<string, unknown> = {
    title,
    ...(slug === slugify(title) ? {} : { slug }),
    date,
    category,
    author: author.slug,
    district,
  };
  const updated = indiaDate(item.modifiedGmt, item.modified);
  if (updated && updated > date) fm.updated = updated;
  const summary = normalizeText(plainText(item.excerpt));
  if (summary) fm.summary = summary;
  const tagNames = [...new Set(item.terms.filter((t) => t.domain === 'post_tag').map((t) => normalizeText(t.name)))].filter(Boolean);
  if (tagNames.length) fm.tags = tagNames;
  const thumb = index.attachments.get(item.meta._thumbnail_id ?? '');
  const image = thumb ? picture(thumb.url) : null;
  if (image) {
    fm.image = image;
    fm.image_alt = normalizeText(thumb?.alt || thumb?.caption || '') || PLACEHOLDER_ALT;
    if (fm.image_alt === PLACEHOLDER_ALT) body.withoutAlt++;
  } else if (thumb) body.missingPictures.push(thumb.url);
  if (item.status !== 'publish' && item.status !== 'future') fm.draft = true;
  const old = linkPath(item.link);
  const oldPaths: string[] = [];
  if (old && !old.includes('?') && old !== `/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/`) {
    if (aliasable(old, index.categorySlugs)) fm.aliases = [old];
    else oldPaths.push(old);
  }
  return {
    path,
    fm,
    body: body.markdown,
    unknownShortcodes: body.unknownShortcodes,
    missingPictures: [...new Set(body.missingPictures)],
    withoutAlt: body.withoutAlt,
    oldPaths,
    uses: {
      category: [category, categoryOf && categoryOf.category === category ? categoryOf.name : category],
      district: [district, districtOf && districtOf.district === district ? districtOf.name : district],
      authors: [[author.slug, author.name]],
    },
  };
}
