import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../hindi/normalize.ts';
import { PLACEHOLDER_ALT, type PictureResolver } from './body.ts';
import type { ImportMap } from './import-map.ts';
import { importPage } from './page.ts';
import { importPost, type ExportIndex } from './post.ts';
import { addVocab, articleText, fingerprint, writeOnce, type WriteOutcome } from './write.ts';
import { uploadsResolver } from './uploads.ts';
import { readWxr } from './wxr-reader.ts';

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
  /** Posts the map gave no category, district or author: `line: post ID "title": why`. */
  decisions: string[];
}

/** The first pass: attachments and category ids, which may come after the posts that use them. */
async function indexExport(wxr: string): Promise<ExportIndex> {
  const index: ExportIndex = { attachments: new Map(), categoryIds: new Map(), siteUrl: '' };
  for await (const e of readWxr(wxr)) {
    if (e.kind === 'site') index.siteUrl = e.baseSiteUrl || e.link;
    else if (e.kind === 'category') index.categoryIds.set(e.termId, e.nicename);
    else if (e.kind === 'item' && e.postType === 'attachment') {
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
  const index = await indexExport(options.wxr);
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
  };
  const vocab = { categories: new Map<string, string>(), districts: new Map<string, string>(), authors: new Map<string, string>() };
  const taken = new Set<string>();
  const state: Record<string, string> = options.state && existsSync(options.state) ? JSON.parse(readFileSync(options.state, 'utf8')) : {};
  for await (const e of readWxr(options.wxr)) {
    if (e.kind !== 'item' || e.postType === 'attachment') continue;
    const post = e.postType === 'page' ? importPage(e, index, picture) : importPost(e, options.map, index, picture, taken);
    if (typeof post === 'string') {
      summary.skipped[post] = (summary.skipped[post] ?? 0) + 1;
      if (/ map$/.test(post)) summary.decisions.push(`${e.line}: post ${e.id} "${e.title}": ${post}`);
      continue;
    }
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
  return summary;
}

/** The summary as the CLI prints it: counts first, then what needs a person. */
export function describeSummary(s: ImportSummary): string {
  const lines = [
    `Articles and pages: ${s.files.written} new, ${s.files.updated} updated, ${s.files.unchanged} unchanged, ${s.files.kept} kept as they were (${s.drafts} drafts)`,
    `Vocabulary entries added to _data/: ${s.vocabAdded}; pictures copied: ${s.picturesCopied}`,
  ];
  const skipped = Object.entries(s.skipped).sort();
  if (skipped.length) lines.push('Skipped:', ...skipped.map(([why, n]) => `  ${n} × ${why}`));
  const codes = Object.entries(s.unknownShortcodes).sort();
  if (codes.length) lines.push('Shortcodes dropped (check these stories):', ...codes.map(([name, n]) => `  [${name}] in ${n} posts`));
  if (s.missingPictures.length) {
    lines.push(
      `Pictures not copied (${s.missingPictures.length}; without --uploads, or missing there), kept as links:`,
      ...s.missingPictures.slice(0, 20).map(([p, u]) => `  ${p}: ${u}`),
    );
  }
  if (s.withoutAlt.length) {
    lines.push(
      `Pictures WordPress had no alt text for, now "${PLACEHOLDER_ALT}" (describe them):`,
      ...s.withoutAlt.slice(0, 20).map((p) => `  ${p}`),
    );
  }
  if (s.decisions.length) {
    lines.push(
      `Posts waiting for a decision in the map (${s.decisions.length}; map one of their categories, or set defaults):`,
      ...s.decisions.slice(0, 20).map((d) => `  ${d}`),
    );
  }
  if (s.kept.length)
    lines.push('Existing files differ from the export (add --force to replace them):', ...s.kept.slice(0, 20).map((p) => `  ${p}`));
  return lines.join('\n');
}
