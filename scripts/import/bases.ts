import { msg, render, type Msg } from '../content/messages.ts';
import { decodeName } from './import-map.ts';

/**
 * Where the old site served its archives: WordPress's Settings → Permalinks "category base" and "tag
 * base" (`/khabar/rajneeti/`, `/vishay/paani/`), and the author base a plugin may change. `''` is no
 * base at all (`/rajneeti/`, as SEO plugins that "strip the category base" serve it).
 */
export interface ArchiveBases {
  category: string;
  tag: string;
  author: string;
}

/** WordPress's own: what a site that never changed them serves. */
export const DEFAULT_BASES: Readonly<ArchiveBases> = { category: 'category', tag: 'tag', author: 'author' };

const KINDS = ['category', 'tag', 'author'] as const;

/** A map.json value the import cannot follow: its field, what is wrong and what to write (the message table's). */
export class MapError extends Error {
  constructor(
    /** The field's path in map.json, `bases.category`. */
    readonly field: string,
    readonly what: Msg,
    readonly fix: Msg,
  ) {
    super(`map.json: ${render(what, 'en')} — ${render(fix, 'en')}`);
  }
}
const SEGMENT = /^[^/?#\s%]+$/;

/**
 * The bases a reviewed map gives (`"bases": { "category": "khabar" }`), with WordPress's defaults for
 * those it leaves out; slashes around them do not matter. Throws, naming the field, on one that is
 * not a plain path (`..`, a query, a percent-escape: write the Hindi itself).
 */
export function mapBases(map: { bases?: Partial<Record<string, unknown>> }): ArchiveBases {
  const out = { ...DEFAULT_BASES };
  for (const kind of KINDS) {
    const v = map.bases?.[kind];
    if (v === undefined || v === null) continue;
    const trimmed = typeof v === 'string' ? v.trim().replace(/^\/+|\/+$/g, '') : undefined;
    const parts = trimmed?.split('/') ?? [];
    if (trimmed === undefined || (trimmed !== '' && !parts.every((p) => SEGMENT.test(p) && p !== '.' && p !== '..')))
      throw new MapError(
        `bases.${kind}`,
        msg('import.baseBad', { kind, value: JSON.stringify(v) }),
        msg('import.baseBadHint', { name: msg(`import.kind.${kind}`) }),
      );
    out[kind] = trimmed;
  }
  return out;
}

/** An archive's old address under a base: `/khabar/rajneeti/`, or `/rajneeti/` with no base. */
export function archivePath(base: string, rest: string): string {
  return `/${base ? `${base}/` : ''}${rest}/`;
}

/**
 * Finds the bases from the old site's own links in post bodies: a link whose path ends in a
 * category's nicename (or its parent chain) or a tag's says what came before it. Terms come before
 * the posts in an export, so each link is weighed as it is read and only the tallies are kept.
 */
export class BaseFinder {
  private host = '';
  private readonly parents = new Map<string, string>();
  private readonly tags = new Set<string>();
  /** kind → base → the terms seen under it. */
  private readonly votes = { category: new Map<string, Set<string>>(), tag: new Map<string, Set<string>>() };

  site(url: string): void {
    try {
      this.host = new URL(url).host.replace(/^www\./, '');
    } catch {
      this.host = '';
    }
  }

  category(nicename: string, parent: string): void {
    this.parents.set(decodeName(nicename), decodeName(parent));
  }

  tag(nicename: string): void {
    this.tags.add(decodeName(nicename));
  }

  /** Weighs the site's links in one post's HTML. */
  body(html: string): void {
    for (const m of html.matchAll(/href\s*=\s*["']([^"'<>]+)["']/gi)) {
      const path = this.ownPath(m[1]!);
      if (path) this.weigh(path.split('/').filter(Boolean).map(decodeName));
    }
  }

  private ownPath(href: string): string | undefined {
    if (href.startsWith('/') && !href.startsWith('//')) return href.split(/[?#]/)[0];
    try {
      const u = new URL(href);
      return this.host && u.host.replace(/^www\./, '') === this.host ? u.pathname : undefined;
    } catch {
      return undefined;
    }
  }

  private weigh(segments: string[]): void {
    // An archive's later page or feed says the same about its base.
    while (segments.length && /^(?:feed|amp|\d+)$/.test(segments.at(-1)!)) segments.pop();
    if (segments.at(-1) === 'page') segments.pop();
    const last = segments.at(-1);
    if (!last) return;
    if (this.tags.has(last)) this.vote('tag', segments.slice(0, -1), last);
    if (!this.parents.has(last)) return;
    // The full chain (`/khabar/rajasthan/jalore/`) or the child alone (`/khabar/jalore/`), which WordPress also answers.
    let start = segments.length - 1;
    for (let p = this.parents.get(last); p && start > 0 && segments[start - 1] === p; p = this.parents.get(p)) start--;
    this.vote('category', segments.slice(0, start), last);
  }

  private vote(kind: 'category' | 'tag', base: string[], term: string): void {
    // A date (`/2019/05/jalore/`, a post named like a term) or a deep path is no archive base.
    if (base.length > 2 || base.some((s) => /^\d+$/.test(s))) return;
    const key = base.join('/');
    const seen = this.votes[kind].get(key) ?? new Set<string>();
    seen.add(term);
    this.votes[kind].set(key, seen);
  }

  /**
   * The bases the links show: for each kind the base with links to the most different terms, when
   * at least two; else WordPress's default. A base both kinds claim (a tag and a category with one
   * name) goes to the kind whose default it is.
   */
  propose(): ArchiveBases {
    const best = (kind: 'category' | 'tag', not?: string) => {
      const ranked = [...this.votes[kind]]
        .filter(([base, terms]) => terms.size >= 2 && base !== not)
        .sort((a, b) => b[1].size - a[1].size || (a[0] === DEFAULT_BASES[kind] ? -1 : 1));
      return ranked[0]?.[0] ?? DEFAULT_BASES[kind];
    };
    const tag = best('tag', DEFAULT_BASES.category);
    return { category: best('category', tag), tag, author: DEFAULT_BASES.author };
  }
}
