import { readdirSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { displayPath } from './lines.ts';
import { CONTENT_FOLDERS, extensionOf, refusedFile } from './file-types.ts';
import { msg, type Msg } from './messages.ts';

/** What one walk of a content folder found: the files the build may read, and what it refused. */
export interface ContentFiles {
  /** Article files (absolute paths), sorted: every `.md` under articles/ outside folders starting with `_` or `.`. */
  articles: string[];
  /** Every accepted regular file, by its path inside the content folder (forward slashes). */
  files: Set<string>;
  /** Paths inside the content folder that were refused (a refused folder's files are not listed). */
  refused: Set<string>;
}

const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function kindOf(e: Dirent): string | undefined {
  if (e.isSymbolicLink()) return undefined;
  if (e.isFIFO()) return 'a named pipe';
  if (e.isSocket()) return 'a socket';
  if (e.isBlockDevice() || e.isCharacterDevice()) return 'a device';
  return e.isFile() || e.isDirectory() ? '' : 'not a regular file';
}

/**
 * Walks the whole content folder once, never following a link: a Dirent is the entry itself
 * (lstat), so a symbolic link to /etc/passwd or to a folder outside is seen as a link and refused,
 * never read. Special files are refused too (reading a named pipe would hang the check), and so is
 * every file whose type does not belong in its folder (see file-types.ts). Problems go to `errors`.
 * `only` walks just that folder (the build's copies of assets/ and root/).
 */
export function walkContent(contentDir: string, errors: ContentError[], only?: 'assets' | 'root'): ContentFiles {
  const out: ContentFiles = { articles: [], files: new Set(), refused: new Set() };
  const refuse = (rel: string, full: string, message: Msg | string, hint: Msg | string) => {
    out.refused.add(rel);
    errors.push(new ContentError(displayPath(full), 0, message, hint));
  };
  const walk = (dir: string, rel: string, checkTypes: boolean, articles: boolean) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      refuse(rel, dir, msg('walk.folderUnreadable', { why: code }), msg('walk.folderUnreadableHint'));
      return;
    }
    for (const e of entries.sort(byName)) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      const full = join(dir, e.name);
      const kind = kindOf(e);
      if (kind === undefined) {
        refuse(r, full, msg('walk.link'), msg('walk.linkHint'));
      } else if (kind !== '') {
        refuse(r, full, msg('walk.special', { kind }), msg('walk.specialHint'));
      } else if (e.isDirectory()) {
        const top = !rel && !e.name.startsWith('.') && !(CONTENT_FOLDERS as readonly string[]).includes(e.name);
        if (top)
          refuse(r, full, msg('walk.notFolder'), msg('walk.notFolderHint', { folders: CONTENT_FOLDERS.map((f) => `${f}/`).join(', ') }));
        if (rel === '_data') refuse(r, full, msg('walk.dataFolder'), msg('walk.dataFolderHint'));
        const skip = e.name.startsWith('.') || e.name.startsWith('_');
        walk(full, r, checkTypes && !top, r === 'articles' || (articles && !skip));
      } else {
        const why = checkTypes ? refusedFile(r) : undefined;
        if (why) refuse(r, full, why[0], why[1]);
        else if (checkTypes && !e.name.startsWith('.')) {
          out.files.add(r);
          if (articles && extensionOf(e.name) === 'md') out.articles.push(full);
        }
      }
    }
  };
  if (only) walk(join(contentDir, only), only, true, false);
  else walk(contentDir, '', true, false);
  return out;
}

/** Whether `rel` (a path inside the content folder) or one of its folders was refused by the walk. */
export function underRefused(found: ContentFiles, rel: string): boolean {
  const parts = rel.split('/');
  for (let i = 1; i <= parts.length; i++) if (found.refused.has(parts.slice(0, i).join('/'))) return true;
  return false;
}
