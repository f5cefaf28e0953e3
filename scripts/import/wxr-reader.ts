import { createReadStream } from 'node:fs';
import { SaxesParser } from 'saxes';

/** A `<category>` on an item: a category or a tag (`domain`), by its WordPress nicename. */
export interface WxrTermRef {
  domain: string;
  nicename: string;
  name: string;
}

/** One `<item>` of the export: a post, page, attachment, revision, menu item… (`postType`). */
export interface WxrItem {
  kind: 'item';
  /** Line of the `<item>` tag, for messages. */
  line: number;
  id: string;
  postType: string;
  status: string;
  title: string;
  link: string;
  /** `wp:post_name`, as exported (may be percent-encoded Devanagari). */
  name: string;
  date: string;
  dateGmt: string;
  modified: string;
  modifiedGmt: string;
  creator: string;
  content: string;
  excerpt: string;
  attachmentUrl: string;
  terms: WxrTermRef[];
  meta: Record<string, string>;
}

/** A `<wp:author>` of the channel. */
export interface WxrAuthor {
  kind: 'author';
  /** WordPress's user id, which `/?author=ID` names. */
  id: string;
  login: string;
  displayName: string;
}

/** A `<wp:category>` or `<wp:tag>` of the channel; `termId` is what Yoast's primary category names. */
export interface WxrTerm {
  kind: 'category' | 'tag';
  termId: string;
  nicename: string;
  name: string;
  /** A category's parent, by its nicename (`''` at the top): its old address is `/category/parent/child/`. */
  parent: string;
}

/** The site's address (`wp:base_site_url`, else the channel's `link`), once it is known. */
export interface WxrSite {
  kind: 'site';
  link: string;
  baseSiteUrl: string;
}

export type WxrEntry = WxrItem | WxrAuthor | WxrTerm | WxrSite;

/** A malformed export at a line; `detail` is the XML parser's words (the CLI prints it through the message table). */
export class WxrError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
  ) {
    super(`${file}:${line}: ${detail} — export the site again (Tools → Export) and make sure the file was copied whole`);
  }
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'wp:post_id': 'id',
  'wp:post_type': 'postType',
  'wp:status': 'status',
  'wp:post_name': 'name',
  'wp:post_date': 'date',
  'wp:post_date_gmt': 'dateGmt',
  'wp:post_modified': 'modified',
  'wp:post_modified_gmt': 'modifiedGmt',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:attachment_url': 'attachmentUrl',
};

const newItem = (line: number): WxrItem => ({
  kind: 'item',
  line,
  id: '',
  postType: '',
  status: '',
  title: '',
  link: '',
  name: '',
  date: '',
  dateGmt: '',
  modified: '',
  modifiedGmt: '',
  creator: '',
  content: '',
  excerpt: '',
  attachmentUrl: '',
  terms: [],
  meta: {},
});

/**
 * Reads a WordPress export (WXR 1.1/1.2) as a stream and yields its authors, terms, site address
 * and items one at a time, so memory holds one item whatever the size of the export. Text is
 * collected only inside the elements used; anything else (comments, unknown plugin tags) is passed over.
 */
export async function* readWxr(path: string, file = path): AsyncGenerator<WxrEntry> {
  const parser = new SaxesParser({ position: true });
  const queue: WxrEntry[] = [];
  const stack: string[] = [];
  let text = '';
  let item: WxrItem | undefined;
  let term: Record<string, string> | undefined;
  let meta: { key: string; value: string } | undefined;
  let termRef: WxrTermRef | undefined;
  const site: WxrSite = { kind: 'site', link: '', baseSiteUrl: '' };
  let failure: WxrError | undefined;

  parser.on('error', (e) => {
    failure ??= new WxrError(file, parser.line, e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, ''));
  });
  parser.on('opentag', (tag) => {
    stack.push(tag.name);
    text = '';
    const name = tag.name;
    if (name === 'item') item = newItem(parser.line);
    else if (name === 'wp:author' || name === 'wp:category' || name === 'wp:tag') {
      if (!item) term = {};
    } else if (name === 'wp:postmeta' && item) meta = { key: '', value: '' };
    else if (name === 'category' && item) {
      const attr = (n: string) => String(tag.attributes[n] ?? '');
      termRef = { domain: attr('domain'), nicename: attr('nicename'), name: '' };
    }
  });
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    stack.pop();
    const parent = stack[stack.length - 1];
    const value = text;
    text = '';
    if (item) {
      if (name === 'item') {
        queue.push(item);
        item = undefined;
      } else if (meta && name === 'wp:meta_key') meta.key = value.trim();
      else if (meta && name === 'wp:meta_value') meta.value = value;
      else if (meta && name === 'wp:postmeta') {
        item.meta[meta.key] = meta.value;
        meta = undefined;
      } else if (termRef && name === 'category') {
        termRef.name = value.trim();
        item.terms.push(termRef);
        termRef = undefined;
      } else if (parent === 'item' && name in ITEM_FIELDS) {
        (item as unknown as Record<string, string>)[ITEM_FIELDS[name]!] = name.endsWith(':encoded') ? value : value.trim();
      }
      return;
    }
    if (term) {
      if (name === 'wp:author') {
        queue.push({
          kind: 'author',
          id: term['wp:author_id'] ?? '',
          login: term['wp:author_login'] ?? '',
          displayName: term['wp:author_display_name'] ?? '',
        });
        term = undefined;
      } else if (name === 'wp:category' || name === 'wp:tag') {
        const slugKey = name === 'wp:category' ? 'wp:category_nicename' : 'wp:tag_slug';
        const nameKey = name === 'wp:category' ? 'wp:cat_name' : 'wp:tag_name';
        queue.push({
          kind: name === 'wp:category' ? 'category' : 'tag',
          termId: term['wp:term_id'] ?? '',
          nicename: term[slugKey] ?? '',
          name: term[nameKey] ?? '',
          parent: term['wp:category_parent'] ?? '',
        });
        term = undefined;
      } else term[name] = value.trim();
      return;
    }
    if (parent === 'channel' && name === 'link') site.link = value.trim();
    else if (parent === 'channel' && name === 'wp:base_site_url') site.baseSiteUrl = value.trim();
    if (name === 'channel' || (parent === 'channel' && name === 'wp:base_site_url')) queue.push({ ...site });
  });

  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (failure) break;
    yield* queue.splice(0);
  }
  if (!failure) parser.close();
  if (failure) {
    stream.destroy();
    throw failure;
  }
  yield* queue.splice(0);
}
