import { DISTRICT_INDEX } from '../content/old-urls.ts';
import { decodeName, type ImportMap } from './import-map.ts';
import type { WxrTerm } from './wxr-reader.ts';

/** A category's own target from the map: `category:x`, else `district:x`, else none (undecided). */
function ownTarget(m: ImportMap['categories'][string] | undefined): string | undefined {
  return m?.category ? `category:${m.category}` : m?.district ? `district:${m.district}` : undefined;
}

/**
 * Where each category's old archive leads, by nicename. Its own mapping when the site has that
 * listing (`exists`). Otherwise the category is a parent whose posts all sit in its children
 * (`/category/rajasthan/` above the districts): WordPress listed the children's posts on its page,
 * so it leads where they lead: their one listing; the district index when they are all districts;
 * else the listing most of their posts went to. A category with neither gets none: its posts, if
 * any, are waiting for a decision.
 */
export function categoryTargets(terms: readonly WxrTerm[], map: ImportMap, exists: (target: string) => boolean): Map<string, string> {
  const categories = terms.filter((t) => t.kind === 'category');
  const children = new Map<string, string[]>();
  for (const t of categories) if (t.parent) children.set(t.parent, [...(children.get(t.parent) ?? []), t.nicename]);
  const usable = (nicename: string) => {
    const target = ownTarget(map.categories[decodeName(nicename)]);
    return target && exists(target) ? target : undefined;
  };
  const out = new Map<string, string>();
  for (const t of categories) {
    const own = usable(t.nicename);
    const target = own ?? fromDescendants(t.nicename, children, usable, map);
    if (target) out.set(t.nicename, target);
  }
  return out;
}

function fromDescendants(
  nicename: string,
  children: ReadonlyMap<string, readonly string[]>,
  usable: (nicename: string) => string | undefined,
  map: ImportMap,
): string | undefined {
  const posts = new Map<string, number>();
  const seen = new Set([nicename]);
  const queue = [...(children.get(nicename) ?? [])];
  while (queue.length) {
    const c = queue.shift()!;
    if (seen.has(c)) continue;
    seen.add(c);
    const target = usable(c);
    if (target) posts.set(target, (posts.get(target) ?? 0) + (map.categories[decodeName(c)]?.posts ?? 0));
    queue.push(...(children.get(c) ?? []));
  }
  const targets = [...posts.keys()];
  if (targets.length <= 1) return targets[0];
  if (targets.every((x) => x.startsWith('district:'))) return DISTRICT_INDEX;
  return [...posts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
}
