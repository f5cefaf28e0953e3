import type { SiteData } from '../content/data-files.ts';
import { proposeMap, type ImportMap } from './import-map.ts';
import { readWxr } from './wxr-reader.ts';

type Counts = Map<string, [string, number]>;

/** Every category, tag and author of an export with the number of posts using it. */
export async function countTerms(wxr: string): Promise<{ categories: Counts; tags: Counts; authors: Counts }> {
  const categories: Counts = new Map();
  const tags: Counts = new Map();
  const authors: Counts = new Map();
  const bump = (m: Counts, key: string, name: string, n: number) => {
    const had = m.get(key);
    m.set(key, [had?.[0] || name, (had?.[1] ?? 0) + n]);
  };
  for await (const e of readWxr(wxr)) {
    // The channel lists every term and author, also those no post uses: they are shown with 0.
    if (e.kind === 'category') bump(categories, e.nicename, e.name, 0);
    else if (e.kind === 'tag') bump(tags, e.nicename, e.name, 0);
    else if (e.kind === 'author') bump(authors, e.login, e.displayName, 0);
    else if (e.kind === 'item' && e.postType === 'post') {
      for (const t of e.terms)
        bump(t.domain === 'category' ? categories : t.domain === 'post_tag' ? tags : new Map(), t.nicename, t.name, 1);
      if (e.creator) bump(authors, e.creator, e.creator, 1);
    }
  }
  return { categories, tags, authors };
}

/** `--plan`: the proposed map of an export against the content folder's vocabularies. */
export async function planImport(wxr: string, data: Pick<SiteData, 'categories' | 'districts' | 'authors'>): Promise<ImportMap> {
  return proposeMap(await countTerms(wxr), data);
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
  section('Authors', map.authors, (v) => `author ${v.slug} (${v.name})`);
  return lines.join('\n');
}
