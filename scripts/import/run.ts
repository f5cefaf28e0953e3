import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../hindi/normalize.ts';
import { PLACEHOLDER_ALT, type PictureResolver } from './body.ts';
import type { ImportMap } from './import-map.ts';
import { importPage } from './page.ts';
import { importPost, type ExportIndex } from './post.ts';
import { addVocab, articleText, fingerprint, writeOnce, type WriteOutcome } from './write.ts';
import { uploadsResolver } from './uploads.ts';
import { readWxr, type WxrAuthor, type WxrTerm } from './wxr-reader.ts';
import { archiveUrls, declaredListings, writeOldUrls } from './old-urls.ts';
import { mapBases } from './bases.ts';
import type { Vocab } from './import-map.ts';

/** Options of one import run (the CLI's flags). */
export interface ImportOptions {
  wxr: string;
  map: ImportMap;
  content: string;
  uploads?: string;
  force: boolean;
  /**
   * A JSON file (beside map.json, not in the content folder) with the fingerprint of every file the
   * import wrote: a newer export then updates the stories nobody edited since, and keeps edited ones.
   */
  state?: string;
}

/** What a run did, for the closing summary. */
export interface ImportSummary {
  files: Record<WriteOutcome, number>;
  drafts: number;
  skipped: Record<string, number>;
  unknownShortcodes: Record<string, number>;
  missingPictures: Array<[string, string]>;
  /** Files with pictures that got the placeholder alt text. */
  withoutAlt: string[];
  /** Pictures copied from --uploads in this run (a second run copies none). */
  picturesCopied: number;
  kept: string[];
  vocabAdded: number;
  /** Posts the map gave no category, district or author: their line in the export, WordPress id, title and why. */
  decisions: Array<{ line: number; id: string; title: string; why: string }>;
  /** `_data/wordpress-redirects.json`: what happened to it and how many old addresses it holds. */
  oldUrls: { outcome: WriteOutcome; entries: number };
}

/** The first pass: attachments, terms and authors, which may come after the posts that use them. */
async function indexExport(wxr: string, categorySlugs: Set<string>): Promise<ExportIndex & { terms: WxrTerm[]; authors: WxrAuthor[] }> {
  const index = {
    attachments: new Map(),
    categoryIds: new Map(),
    siteUrl: '',
    categorySlugs,
    terms: [] as WxrTerm[],
    authors: [] as WxrAuthor[],
  };
  for await (const e of readWxr(wxr)) {
    if (e.kind === 'site') index.siteUrl = e.baseSiteUrl || e.link;
    else if (e.kind === 'author') index.authors.push(e);
    else if (e.kind === 'tag') index.terms.push(e);
    else if (e.kind === 'category') {
      index.terms.push(e);
      index.categoryIds.set(e.termId, e.nicename);
    } else if (e.kind === 'item' && e.postType === 'attachment') {
      // WordPress keeps an attachment's caption in its excerpt.
      index.attachments.set(e.id, {
        url: e.attachmentUrl,
        alt: e.meta._wp_attachment_image_alt ?? '',
        caption: normalizeText(e.excerpt).trim(),
      });
    }
  }
  return index;
}

/**
 * Imports an export into the content folder following a reviewed map: two streaming passes (the
 * index, then the posts), each article written only when new or (with `force`) changed, and the
 * categories, districts and authors the imported posts use added to `_data/`.
 */
export async function importWordpress(options: ImportOptions): Promise<ImportSummary> {
  mapBases(options.map); // a base the import cannot follow stops it before anything is written
  const categoriesFile = join(options.content, '_data', 'categories.json');
  const categorySlugs = new Set([
    ...(existsSync(categoriesFile) ? (JSON.parse(readFileSync(categoriesFile, 'utf8')) as Vocab[]).map((c) => c.slug) : []),
    ...Object.values(options.map.categories).flatMap((c) => (c.category ? [c.category] : [])),
  ]);
  const index = await indexExport(options.wxr, categorySlugs);
  const oldUrls = new Map<string, string>();
  const copied = new Set<string>();
  const picture: PictureResolver = options.uploads ? uploadsResolver(options.uploads, options.content, copied) : () => null;
  const summary: ImportSummary = {
    files: { written: 0, unchanged: 0, updated: 0, kept: 0 },
    drafts: 0,
    skipped: {},
    unknownShortcodes: {},
    missingPictures: [],
    kept: [],
    vocabAdded: 0,
    decisions: [],
    picturesCopied: 0,
    withoutAlt: [],
    oldUrls: { outcome: 'unchanged', entries: 0 },
  };
  const vocab = { categories: new Map<string, string>(), districts: new Map<string, string>(), authors: new Map<string, string>() };
  const taken = new Set<string>();
  const state: Record<string, string> = options.state && existsSync(options.state) ? JSON.parse(readFileSync(options.state, 'utf8')) : {};
  for await (const e of readWxr(options.wxr)) {
    if (e.kind !== 'item' || e.postType === 'attachment') continue;
    const post = e.postType === 'page' ? importPage(e, index, picture) : importPost(e, options.map, index, picture, taken);
    if (typeof post === 'string') {
      summary.skipped[post] = (summary.skipped[post] ?? 0) + 1;
      if (/ map$/.test(post)) summary.decisions.push({ line: e.line, id: e.id, title: e.title, why: post });
      continue;
    }
    for (const old of [`/?p=${e.id}`, ...(e.postType === 'page' ? [`/?page_id=${e.id}`] : []), ...post.oldPaths])
      oldUrls.set(old, post.path);
    const text = articleText(post.fm, post.body);
    const outcome = writeOnce(join(options.content, post.path), text, options.force, state[post.path]);
    if (outcome !== 'kept') state[post.path] = fingerprint(text);
    summary.files[outcome]++;
    if (outcome === 'kept') summary.kept.push(post.path);
    if (post.fm.draft) summary.drafts++;
    for (const name of post.unknownShortcodes) summary.unknownShortcodes[name] = (summary.unknownShortcodes[name] ?? 0) + 1;
    if (post.withoutAlt) summary.withoutAlt.push(post.path);
    for (const url of post.missingPictures) summary.missingPictures.push([post.path, url]);
    if (!post.uses) continue;
    vocab.categories.set(...post.uses.category);
    vocab.districts.set(...post.uses.district);
    for (const a of post.uses.authors) vocab.authors.set(...a);
  }
  summary.picturesCopied = copied.size;
  if (options.state) writeFileSync(options.state, `${JSON.stringify(state, Object.keys(state).sort(), 0)}\n`);
  summary.vocabAdded =
    addVocab(options.content, 'categories.json', vocab.categories) +
    addVocab(options.content, 'districts.json', vocab.districts) +
    addVocab(options.content, 'authors.json', vocab.authors);
  const exists = declaredListings(options.content);
  for (const [url, target] of archiveUrls(index.terms, index.authors, options.map, exists)) if (!oldUrls.has(url)) oldUrls.set(url, target);
  summary.oldUrls = writeOldUrls(options.content, oldUrls);
  return summary;
}
