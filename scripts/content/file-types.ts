import { msg, type Msg } from './messages.ts';

/**
 * Which files each folder of the content folder may hold. Content is what editors commit, and
 * everything in it is either read as data (articles, _data) or published as it is (assets) or
 * through the picture pipeline (images): nothing in it may be code, and nothing published from it
 * may be a type a browser runs.
 */

/** The folders of a content folder; anything else at its top is refused. */
export const CONTENT_FOLDERS = ['articles', '_data', 'images', 'assets', 'pages', 'root'] as const;
export type ContentFolder = (typeof CONTENT_FOLDERS)[number];

/** The data files the loader reads; any other file in _data/ would be silently ignored. */
export const DATA_FILES = [
  'site.json',
  'categories.json',
  'districts.json',
  'authors.json',
  'sources.json',
  'wordpress-redirects.json',
] as const;

/** Picture types the build can read (sharp) and every browser shows. Checked by their bytes too. */
export const PICTURE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/**
 * Files copied verbatim into the site from assets/. Pictures (and .ico, which browsers ask for),
 * woff2 fonts (the one format every current browser reads), PDF (notices and court orders a paper
 * links to) and plain text (ads.txt-style files). None of these is run by a browser: HTML, SVG
 * (it can carry script), JavaScript, CSS (it can load anything) and XML are not on the list.
 */
export const ASSET_EXTENSIONS = [...PICTURE_EXTENSIONS, 'ico', 'woff2', 'pdf', 'txt'] as const;

/**
 * Files the build writes at the top of the site (catalog/url-paths.ts keeps pages and aliases off
 * them; root/ may not hold them either). Host configuration files (`_headers`, `_redirects`,
 * Cloudflare's `_worker.js`) are covered by the rule that no top-level name may start with `_`.
 */
export const GENERATED_ROOT_FILES = ['index.html', '404.html', 'robots.txt', 'feed.xml', 'sitemap.xml', 'news-sitemap.xml'] as const;

/**
 * Files published at the site root from root/: plain text (ads.txt, app-ads.txt, security or
 * humans notes) and .ico (browsers ask for /favicon.ico whatever the page links). Nothing a
 * browser runs: a service worker is JavaScript, code the site's authors review in layouts/.
 */
export const ROOT_EXTENSIONS = ['txt', 'ico'] as const;

/**
 * Google's HTML verification file, the one .html name root/ takes: its content is checked to be
 * Google's single line (root-files.ts), so it is text that merely ends in .html, never a page.
 */
export const VERIFICATION_FILE = /^google[0-9a-f]{1,64}\.html$/;

/** Notes at the top of the content folder (a README): never read by the build, never published. */
const NOTE_EXTENSIONS = ['md', 'txt'];

/**
 * Endings of files Eleventy or a browser would treat as code: templates of every engine Eleventy
 * knows, its data files, HTML and JavaScript/TypeScript. Page templates live in layouts/.
 */
const TEMPLATE_ENDINGS = [
  '.njk',
  '.liquid',
  '.hbs',
  '.ejs',
  '.pug',
  '.haml',
  '.mustache',
  '.webc',
  '.html',
  '.htm',
  '.xhtml',
  '.shtml',
  '.js',
  '.cjs',
  '.mjs',
  '.ts',
  '.cts',
  '.mts',
  '.jsx',
  '.tsx',
  '.php',
];

/** The lower-cased extension of a file name without the dot, or '' when it has none. */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Whether a file name is a template or script (`x.11tydata.json` too: Eleventy reads it as data for a template). */
export function isTemplateFile(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.includes('.11tydata.') || TEMPLATE_ENDINGS.some((e) => lower.endsWith(e));
}

/**
 * Why a regular file may not be at `rel` (its path inside the content folder, forward slashes), as
 * [message, hint], or undefined when it is allowed there.
 */
export function refusedFile(rel: string): [Msg | string, Msg | string] | undefined {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  const ext = extensionOf(name);
  if (parts[0] === 'root' && parts.length > 1) return refusedRootFile(parts, name, ext);
  if (isTemplateFile(name)) return [msg('asset.template'), msg('asset.templateHint')];
  if (name.startsWith('.')) return undefined;
  const top = parts[0]!;
  if (parts.length === 1) {
    return NOTE_EXTENSIONS.includes(ext)
      ? undefined
      : [msg('walk.notContent'), msg('walk.notContentHint', { folders: CONTENT_FOLDERS.map((f) => `${f}/`).join(', ') })];
  }
  if (top === 'articles') return ext === 'md' ? undefined : [msg('walk.onlyArticles'), msg('walk.moveHint')];
  if (top === 'pages') {
    if (parts.length > 2) return [msg('walk.pagesFolders'), msg('walk.pagesFoldersHint')];
    return ext === 'md' ? undefined : [msg('walk.onlyPages'), msg('walk.moveHint')];
  }
  if (top === '_data') {
    return parts.length === 2 && (DATA_FILES as readonly string[]).includes(name)
      ? undefined
      : [msg('walk.notData'), msg('walk.notDataHint', { files: DATA_FILES.join(', ') })];
  }
  if (top === 'images') {
    return (PICTURE_EXTENSIONS as readonly string[]).includes(ext)
      ? undefined
      : [
          msg('walk.onlyPictures'),
          msg('walk.onlyPicturesHint', { types: `${PICTURE_EXTENSIONS.join(', ')}${ext === 'svg' ? ' (SVG → PNG)' : ''}` }),
        ];
  }
  if (top === 'assets') {
    if (ext === 'svg') return [msg('asset.svg'), msg('asset.svgHint')];
    return (ASSET_EXTENSIONS as readonly string[]).includes(ext)
      ? undefined
      : [msg('asset.type', { type: ext || name }), msg('asset.typeHint', { types: ASSET_EXTENSIONS.join(', ') })];
  }
  return [msg('walk.notFolder'), msg('walk.notFolderHint', { folders: CONTENT_FOLDERS.map((f) => `${f}/`).join(', ') })];
}

/** Why a file may not be at `root/<name>` (see ROOT_EXTENSIONS), checked before the code rule for its own messages. */
function refusedRootFile(parts: readonly string[], name: string, ext: string): [Msg, Msg] | undefined {
  if (parts.length > 2) return [msg('root.folder'), msg('root.folderHint')];
  if (name.startsWith('.')) return undefined;
  if (name.startsWith('_')) return [msg('root.underscore'), msg('root.underscoreHint')];
  if (GENERATED_ROOT_FILES.some((g) => g === name.toLowerCase()))
    return [msg('root.generated', { name: name.toLowerCase() }), msg('root.generatedHint')];
  if (['js', 'mjs', 'cjs'].includes(ext)) return [msg('root.script'), msg('root.scriptHint')];
  if (VERIFICATION_FILE.test(name)) return undefined;
  if (isTemplateFile(name)) return [msg('root.html'), msg('root.htmlHint')];
  return (ROOT_EXTENSIONS as readonly string[]).includes(ext)
    ? undefined
    : [msg('root.type', { type: ext || name }), msg('root.typeHint', { types: ROOT_EXTENSIONS.join(', ') })];
}
