import { ContentError } from '../content/errors.ts';
import { msg, type Msg } from '../content/messages.ts';
import { fieldLine, type ValidArticle } from '../content/validate.ts';
import { foldersOf, foldKey, generatedBy, outputFile, TOP_FILES } from './url-paths.ts';
import type { Article } from './types.ts';

const CASE_NOTE = msg('alias.caseNote');

/**
 * Two articles may not share a URL, and an alias may not point over a live page, another alias or
 * anything the build writes (a listing, a feed, a host file, an archive of a year to come): either
 * would silently replace a published page, or fail the build after the check passed. Every alias
 * must also be a path any file system can write (see url-paths.ts). `categories` are the slugs of
 * the category listings, each a top-level folder; `pages` the site files of the static pages (pages.ts).
 */
export function checkUniqueUrls(
  articles: readonly Article[],
  valid: ReadonlyMap<string, ValidArticle>,
  categories: ReadonlySet<string>,
  errors: ContentError[],
  pages: ReadonlyMap<string, { file: string }> = new Map(),
): void {
  const line = (a: Article, field: string) => {
    const v = valid.get(a.id);
    if (!v) return 1;
    // A URL comes from the slug when there is one, else from the title.
    return fieldLine(v.raw, field === 'url' ? (v.fm.slug ? 'slug' : 'title') : field);
  };
  const file = (a: Article) => valid.get(a.id)?.raw.file ?? a.id;
  const urlField = (a: Article) => (valid.get(a.id)?.fm.slug ? 'slug' : undefined);
  const byUrl = new Map<string, Article[]>();
  for (const a of articles) {
    const list = byUrl.get(a.url);
    if (list) list.push(a);
    else byUrl.set(a.url, [a]);
  }
  const live = new Map<string, Article>();
  for (const [url, list] of byUrl) {
    const out = outputFile(url);
    if (typeof out !== 'string') {
      for (const a of list)
        errors.push(new ContentError(file(a), line(a, 'url'), msg('url.bad', { url, problem: out[0] }), msg('url.badHint'), urlField(a)));
      continue;
    }
    live.set(foldKey(out), list[0]!);
    if (list.length < 2) continue;
    // Every file involved gets the message: the editor who added the new one may be looking at either.
    for (const a of list) {
      const others = list
        .filter((b) => b !== a)
        .map(file)
        .join(', ');
      errors.push(new ContentError(file(a), line(a, 'url'), msg('url.taken', { url, others }), msg('url.takenHint'), 'slug'));
    }
  }
  const aliasOwner = new Map<string, { article: Article; alias: string }>();
  const accepted: Array<{ article: Article; alias: string; key: string }> = [];
  for (const a of articles) {
    const add = (message: Msg, hint: Msg) => errors.push(new ContentError(file(a), line(a, 'aliases'), message, hint, 'aliases'));
    for (const alias of a.aliases) {
      const out = outputFile(alias);
      if (typeof out !== 'string') {
        add(msg('alias.bad', { alias, problem: out[0] }), out[1]);
        continue;
      }
      const key = foldKey(out);
      const owner = live.get(key);
      const generated = generatedBy(out, categories);
      const twice = aliasOwner.get(key);
      const page = pages.get(key);
      if (page) add(msg('alias.page', { alias, file: page.file }), msg('alias.pageHint'));
      else if (owner)
        add(
          msg('alias.live', { alias, file: file(owner), note: owner.url === alias || owner.url === `${alias}/` ? '' : CASE_NOTE }),
          msg('alias.liveHint'),
        );
      else if (generated) add(msg('alias.sitePage', { alias, what: generated }), msg('alias.sitePageHint'));
      else if (twice?.article === a)
        add(msg('alias.twice', { alias, as: twice.alias === alias ? '' : ` (${twice.alias})` }), msg('alias.twiceHint'));
      else if (twice)
        add(
          msg('alias.claimed', { alias, file: file(twice.article), note: twice.alias === alias ? '' : CASE_NOTE }),
          msg('alias.claimedHint'),
        );
      else {
        aliasOwner.set(key, { article: a, alias });
        accepted.push({ article: a, alias, key });
      }
    }
  }
  checkFoldersAndFiles(accepted, [...TOP_FILES, ...live.keys(), ...pages.keys()], (a, message, hint) =>
    errors.push(new ContentError(file(a), line(a, 'aliases'), message, hint, 'aliases')),
  );
}

/** A redirect page needs folders; none may be a file the site writes, and it may not be a folder the site needs. */
function checkFoldersAndFiles(
  aliases: ReadonlyArray<{ article: Article; alias: string; key: string }>,
  siteFiles: readonly string[],
  report: (a: Article, message: Msg, hint: Msg) => void,
): void {
  // Only aliases are checked: an archive without any skips the folders of its every page.
  if (aliases.length === 0) return;
  const files = new Set([...siteFiles, ...aliases.map((x) => x.key)]);
  const folders = new Set<string>();
  for (const f of files) for (const d of foldersOf(f)) folders.add(d);
  for (const { article, alias, key } of aliases) {
    const clash = foldersOf(key).find((d) => files.has(d));
    if (clash) report(article, msg('alias.folderIsFile', { alias, clash }), msg('alias.folderIsFileHint'));
    else if (folders.has(key)) report(article, msg('alias.fileIsFolder', { alias, key }), msg('alias.fileIsFolderHint', { alias }));
  }
}
