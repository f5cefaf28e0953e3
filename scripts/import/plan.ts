import type { SiteData } from '../content/data-files.ts';
import { proposeMap, type ImportMap } from './import-map.ts';
import { readWxr } from './wxr-reader.ts';
import { archivePath, BaseFinder, DEFAULT_BASES, type ArchiveBases } from './bases.ts';
import { authorNicenames } from './nicename.ts';

type Counts = Map<string, [string, number]>;

/**
 * Every category, tag and author of an export with the number of posts using it; the archive bases
 * the posts' links to the old site show; each author's nicename, derived from the logins.
 */
export async function countTerms(
  wxr: string,
): Promise<{ categories: Counts; tags: Counts; authors: Counts; bases: ArchiveBases; nicenames: Map<string, string> }> {
  const finder = new BaseFinder();
  const users: Array<{ id: string; login: string }> = [];
  const categories: Counts = new Map();
  const tags: Counts = new Map();
  const authors: Counts = new Map();
  const bump = (m: Counts, key: string, name: string, n: number) => {
    const had = m.get(key);
    m.set(key, [had?.[0] || name, (had?.[1] ?? 0) + n]);
  };
  for await (const e of readWxr(wxr)) {
    // The channel lists every term and author, also those no post uses: they are shown with 0.
    if (e.kind === 'site') finder.site(e.baseSiteUrl || e.link);
    else if (e.kind === 'category') {
      bump(categories, e.nicename, e.name, 0);
      finder.category(e.nicename, e.parent);
    } else if (e.kind === 'tag') {
      bump(tags, e.nicename, e.name, 0);
      finder.tag(e.nicename);
    } else if (e.kind === 'author') {
      bump(authors, e.login, e.displayName, 0);
      users.push(e);
    } else if (e.kind === 'item' && (e.postType === 'post' || e.postType === 'page')) finder.body(e.content);
    if (e.kind === 'item' && e.postType === 'post') {
      for (const t of e.terms)
        bump(t.domain === 'category' ? categories : t.domain === 'post_tag' ? tags : new Map(), t.nicename, t.name, 1);
      if (e.creator) bump(authors, e.creator, e.creator, 1);
    }
  }
  // A post's author missing from the channel's list still gets a nicename, after the listed ones.
  for (const login of authors.keys()) if (!users.some((u) => u.login === login)) users.push({ id: '', login });
  return { categories, tags, authors, bases: finder.propose(), nicenames: authorNicenames(users) };
}

/** `--plan`: the proposed map of an export against the content folder's vocabularies. */
export async function planImport(wxr: string, data: Pick<SiteData, 'categories' | 'districts' | 'authors'>): Promise<ImportMap> {
  const counts = await countTerms(wxr);
  const map = proposeMap(counts, data);
  for (const [login, m] of Object.entries(map.authors)) m.nicename = counts.nicenames.get(login) ?? '';
  return { ...map, bases: counts.bases };
}

/** The plan as an editor reads it: one line per value, with its posts and where it goes. */
export function describePlan(map: ImportMap): string {
  const lines: string[] = [];
  const section = <T extends { name: string; posts: number }>(title: string, entries: Record<string, T>, to: (v: T) => string) => {
    lines.push(`${title} (${Object.keys(entries).length}):`);
    for (const [key, v] of Object.entries(entries)) lines.push(`  ${v.name} (${key}), ${v.posts} posts → ${to(v)}`);
  };
  section(
    'Categories',
    map.categories,
    (v) =>
      [v.category && `category ${v.category}`, v.district && `district ${v.district}`].filter(Boolean).join(', ') || 'NEEDS A DECISION',
  );
  section('Tags', map.tags, (v) => (v.district ? `tag ${v.name}, district ${v.district}` : `tag ${v.name}`));
  const b = map.bases ?? DEFAULT_BASES;
  section('Authors', map.authors, (v) => `author ${v.slug} (${v.name}), old archive ${archivePath(b.author, v.nicename ?? '')}`);
  const found = (kind: keyof ArchiveBases) => (b[kind] === DEFAULT_BASES[kind] ? "WordPress's default" : 'from links in the posts');
  lines.push(
    'Old archive addresses ("bases" in the map; change them if Settings → Permalinks had others):',
    `  categories ${archivePath(b.category, '<name>')} (${found('category')})`,
    `  tags ${archivePath(b.tag, '<name>')} (${found('tag')})`,
    `  authors ${archivePath(b.author, '<nicename>')} (${found('author')})`,
  );
  return lines.join('\n');
}
