import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../content/data-files.ts';
import { ContentError, formatErrors } from '../content/errors.ts';
import { displayPath } from '../content/lines.ts';
import { readArticle } from '../content/load.ts';
import { validateArticle } from '../content/validate.ts';
import { toArticle } from '../catalog/build.ts';
import { planArticle, splitTags } from './new-article.ts';

export const NEW_HELP = `npm run new -- --title "…" --category … --district … --author …|--source … [--tags "…, …"] [--slug …] [--content DIR]
  --title     the headline, in quotes
  --category  a slug or Hindi name from _data/categories.json (rajniti or राजनीति)
  --district  a slug or Hindi name from _data/districts.json
  --author    a slug or Hindi name from _data/authors.json; several separated by commas, in quotes
  --source    an agency or desk from _data/sources.json, for a story without a reporter (or with one)
  --tags      comma-separated tags, in quotes
  --slug      the URL slug, when the one made from the title is not right
  --content   archive folder (default: content)
Writes articles/YYYY/MM/<slug>.md dated now in India, as a draft. Never overwrites a file.`;

/** Where `runNew` prints; the CLI passes the console, tests collect lines. */
export interface Output {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** Other articles in the target folder that would get the same URL (a different file with that slug). */
function urlTaken(contentDir: string, folder: string, url: string, data: ReturnType<typeof loadSiteData>): string | undefined {
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith('.md'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const sink: ContentError[] = [];
    const raw = readArticle(contentDir, join(folder, name), sink);
    const v = raw && validateArticle(raw, data, sink);
    if (v && toArticle(v).url === url) return raw.file;
  }
  return undefined;
}

/**
 * `npm run new`: plans, writes and validates one article. Returns the exit code. The file is written
 * with the exclusive flag, so an existing article is never replaced, and it is read back through the
 * same loader and validator as the build; if that fails the file is removed again.
 */
export function runNew(argv: string[], now: number, io: Output): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        title: { type: 'string' },
        category: { type: 'string' },
        district: { type: 'string' },
        author: { type: 'string' },
        source: { type: 'string' },
        tags: { type: 'string' },
        slug: { type: 'string' },
        content: { type: 'string', default: 'content' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${NEW_HELP}`);
    return 2;
  }
  if (values.help) {
    io.out(NEW_HELP);
    return 0;
  }
  const missing: string[] = (['title', 'category', 'district'] as const).filter((k) => values[k] === undefined);
  if (values.author === undefined && values.source === undefined) missing.push('author (or --source)');
  if (missing.length > 0) {
    io.err(`missing ${missing.map((k) => `--${k}`).join(', ')}\n\n${NEW_HELP}`);
    return 2;
  }
  const contentDir = values.content!;
  const dataErrors: ContentError[] = [];
  const data = loadSiteData(contentDir, dataErrors);
  if (dataErrors.length > 0) {
    io.err(formatErrors(dataErrors).replace(/Nothing was built.*$/, 'Fix the data files first.'));
    return 1;
  }
  const plan = planArticle(
    {
      title: values.title!,
      category: values.category!,
      district: values.district!,
      ...(values.author !== undefined ? { author: values.author } : {}),
      ...(values.source !== undefined ? { source: values.source } : {}),
      tags: splitTags(values.tags),
      ...(values.slug !== undefined ? { slug: values.slug } : {}),
      now,
    },
    data,
  );
  if (!plan.ok) {
    for (const p of plan.problems) io.err(p);
    return 1;
  }
  const path = join(contentDir, plan.relPath);
  const exists = `${displayPath(path)} already exists; nothing was changed — choose another --slug, or edit that file`;
  if (existsSync(path)) {
    io.err(exists);
    return 1;
  }
  const taken = urlTaken(contentDir, dirname(path), plan.url, data);
  if (taken) {
    io.err(`${taken} already has the URL ${plan.url} — choose another --slug`);
    return 1;
  }
  mkdirSync(dirname(path), { recursive: true });
  try {
    writeFileSync(path, plan.text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    io.err(exists);
    return 1;
  }
  const errors: ContentError[] = [];
  const raw = readArticle(contentDir, path, errors);
  if (raw) validateArticle(raw, data, errors);
  if (errors.length > 0) {
    unlinkSync(path);
    io.err(formatErrors(errors).replace(/Nothing was built.*$/, 'The file was not kept.'));
    return 1;
  }
  io.out(`✓ ${displayPath(path)} (URL ${plan.url})\n  It is a draft: write the story, then delete the line "draft: true" to publish it.`);
  return 0;
}
