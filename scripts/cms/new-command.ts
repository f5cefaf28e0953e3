import { existsSync, mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../content/data-files.ts';
import { ContentError, formatErrors } from '../content/errors.ts';
import { currentLang, msg, parseLang, render, type Lang, type Msg } from '../content/messages.ts';
import { displayPath } from '../content/lines.ts';
import { readArticle } from '../content/load.ts';
import { validateArticle } from '../content/validate.ts';
import { toArticle } from '../catalog/build.ts';
import { planArticle, splitTags } from './new-article.ts';

/** The usage text, in the language messages print in. */
export function newHelp(lang: Lang = currentLang()): string {
  return render(msg('new.help'), lang);
}

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
        lang: { type: 'string' },
      },
    }));
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${newHelp()}`);
    return 2;
  }
  // --lang wins over SAMACHAR_LANG; passed along rather than set for the process, so a caller's stays.
  const lang = parseLang(values.lang) ?? currentLang();
  const say = (m: Msg) => render(m, lang);
  if (values.help) {
    io.out(newHelp(lang));
    return 0;
  }
  const missing: string[] = (['title', 'category', 'district'] as const).filter((k) => values[k] === undefined);
  if (values.author === undefined && values.source === undefined) missing.push('author (or --source)');
  if (missing.length > 0) {
    io.err(`${say(msg('new.missing', { list: missing.map((k) => `--${k}`).join(', ') }))}\n\n${newHelp(lang)}`);
    return 2;
  }
  const contentDir = values.content!;
  const dataErrors: ContentError[] = [];
  const data = loadSiteData(contentDir, dataErrors);
  if (dataErrors.length > 0) {
    io.err(formatErrors(dataErrors, { lang, closing: msg('report.fixData') }));
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
    for (const p of plan.problems) io.err(say(p));
    return 1;
  }
  const path = join(contentDir, plan.relPath);
  const exists = say(msg('new.exists', { file: displayPath(path) }));
  if (existsSync(path)) {
    io.err(exists);
    return 1;
  }
  const taken = urlTaken(contentDir, dirname(path), plan.url, data);
  if (taken) {
    io.err(say(msg('new.urlTaken', { file: taken, url: plan.url })));
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
    io.err(formatErrors(errors, { lang, closing: msg('report.fileNotKept') }));
    return 1;
  }
  io.out(say(msg('new.done', { file: displayPath(path), url: plan.url })));
  return 0;
}
