import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** The generated site's address, as its permalinks spell it. */
export const WXR_SITE = 'https://marudhar.example';

const PLACES = ['जालोर', 'बाड़मेर', 'सांचौर', 'भीनमाल', 'सिवाना'];
const TOPICS = ['नहर का पानी', 'मंडी भाव', 'पंचायत चुनाव', 'स्कूल की छत', 'ऊँट मेला', 'बिजली कटौती'];
/** Login, display name and WordPress user id. */
const AUTHORS = [
  ['sunita', 'सुनीता चौधरी', '2'],
  ['bhanwar', 'भंवरलाल मेघवाल', '3'],
  ['deepa', 'दीपा पुरोहित', '4'],
  ['Mahesh.Joshi', 'महेश जोशी', '5'],
];
/** Term id, nicename, name, parent: a district as a child category, a Devanagari slug, a plain category. */
const CATEGORIES = [
  ['3', 'rajasthan', 'राजस्थान', ''],
  ['4', 'rajniti', 'राजनीति', ''],
  ['5', 'jalore', 'जालोर', 'rajasthan'],
  ['6', '%e0%a4%96%e0%a5%87%e0%a4%a4%e0%a5%80', 'खेती', ''],
  ['7', 'barmer-samachar', 'बाड़मेर', 'rajasthan'],
];
const TAGS = [
  ['9', 'barmer', 'बाड़मेर'],
  ['10', 'jalore', 'जालोर'],
  ['11', '%e0%a4%ac%e0%a4%bf%e0%a4%9c%e0%a4%b2%e0%a5%80', 'बिजली'],
];
const STATUS = ['publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'draft', 'pending'];

const cdata = (s: string) => `<![CDATA[${s}]]>`;
const two = (n: number) => String(n).padStart(2, '0');
const term = (domain: string, [, nicename, name]: string[]) =>
  `<category domain="${domain}" nicename="${nicename}">${cdata(name!)}</category>`;

/** The old permalink of post `i` in one of the structures newsrooms use (drafts only have `?p=`). */
function permalink(i: number, date: string, name: string, status: string): string {
  const [y, m, d] = date.split(/[- ]/);
  if (status !== 'publish' && status !== 'future') return `${WXR_SITE}/?p=${i}`;
  return `${WXR_SITE}${[`/${y}/${m}/${d}/${name}/`, `/${y}/${m}/${name}/`, `/${name}/`, `/rajniti/${name}/`, `/news/${name}.html`][i % 5]}`;
}

/** The body of post `i`: a caption, embeds of every kind, a resized picture and a shortcode now and then. */
function body(i: number, place: string, topic: string, uploads: string): string {
  return [
    `<!-- wp:paragraph -->${place}। ${topic} को लेकर गाँव में बैठक हुई। यह ख़बर संख्या ${i} है।<!-- /wp:paragraph -->`,
    i % 4 === 0 ? `[caption id="a${i}"]<img src="${uploads}/p${i}.jpg" alt="${place} का दृश्य" /> ${place} में ${topic}[/caption]` : '',
    i % 6 === 0 ? `<img src="${uploads}/p${i}-300x200.jpg" alt="${topic}" width="300" height="200" />` : '',
    i % 5 === 0 ? '<iframe src="https://www.youtube.com/embed/ABCDEFGHIJK"></iframe>' : '',
    i % 9 === 0
      ? `<blockquote class="twitter-tweet"><p lang="hi">${topic} पर बयान</p>&mdash; मरुधर (@marudhar) <a href="https://twitter.com/marudhar/status/17${i}?ref_src=twsrc%5Etfw">12 मई</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>`
      : '',
    i % 11 === 0 ? `<iframe title="${place} का नक्शा" src="https://maps.example/embed?q=${i}"></iframe>` : '',
    i % 7 === 0 ? '[poll id="3"]' : '',
    `<h2>आगे क्या</h2>\nप्रशासन ने जाँच का भरोसा दिलाया।`,
  ].join('\n\n');
}

/** Permalink bases the generated site used; given, every 7th post links to a category and a tag archive under them. */
export interface WxrBases {
  category: string;
  tag: string;
}

/** A link to the archives of post `i`'s category and tag, as a site with custom bases writes them. */
const archiveLinks = (i: number, b: WxrBases) =>
  `<a href="${WXR_SITE}/${b.category}/${CATEGORIES[1 + (i % 2)]![1]}/">राजनीति की ख़बरें</a> <a href="${WXR_SITE}/${b.tag}/${TAGS[i % 2]![1]}/page/2/">और</a>`;

/** One generated item: a post (or a page, every 50th), with an attachment for its featured picture every 8th. */
function item(i: number, bases?: WxrBases): string {
  const place = PLACES[i % PLACES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const [login] = AUTHORS[i % AUTHORS.length]!;
  const year = 2020 + (i % 6);
  const month = two((i % 12) + 1);
  const gmt = `${year}-${month}-${two((i % 27) + 1)} ${two(i % 24)}:15:00`;
  const page = i % 50 === 0;
  const name = page ? `panna-${i}` : i % 3 === 0 ? encodeURIComponent(`${topic} ${i}`.replace(/ /g, '-')).toLowerCase() : `khabar-${i}`;
  const status = i % 40 === 13 ? 'future' : STATUS[i % STATUS.length]!;
  const uploads = `${WXR_SITE}/wp-content/uploads/${year}/${month}`;
  const link = page ? `${WXR_SITE}${i % 100 === 0 ? `/sampark/${name}/` : `/${name}/`}` : permalink(i, gmt, name, status);
  const terms = page
    ? ''
    : [
        term('category', CATEGORIES[[2, 1, 3, 4][i % 4]!]!),
        i % 2 ? term('post_tag', TAGS[0]!) : i % 4 === 2 ? term('post_tag', TAGS[1]!) : '',
        i % 3 === 0 ? term('post_tag', TAGS[2]!) : '',
      ].join('');
  const thumb = !page && i % 8 === 0;
  const meta = thumb
    ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${cdata(`${1_000_000 + i}`)}</wp:meta_value></wp:postmeta>`
    : '';
  const attachment = thumb
    ? `<item><title>${cdata(place)}</title><wp:post_id>${1_000_000 + i}</wp:post_id><wp:post_type>${cdata('attachment')}</wp:post_type><wp:status>${cdata('inherit')}</wp:status><wp:attachment_url>${cdata(`${uploads}/f${i}.jpg`)}</wp:attachment_url><excerpt:encoded>${cdata(`${place} की तस्वीर`)}</excerpt:encoded></item>\n`
    : '';
  return `${attachment}<item><title>${cdata(`${place} में ${topic}, ख़बर ${i}`)}</title><link>${link}</link>
<dc:creator>${cdata(login!)}</dc:creator><content:encoded>${cdata(body(i, place, topic, uploads) + (bases && i % 7 === 0 ? `\n\n${archiveLinks(i, bases)}` : ''))}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date>${cdata(gmt)}</wp:post_date><wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
<wp:post_name>${cdata(name)}</wp:post_name><wp:status>${cdata(status)}</wp:status>
<wp:post_type>${cdata(page ? 'page' : 'post')}</wp:post_type>${terms}${meta}</item>\n`;
}

/** Writes a WXR export of `posts` generated items (streamed: any size fits in memory), for `npm run bench:import` and the tests; `bases`: the permalink bases its posts link to. */
export async function writeWxr(path: string, posts: number, bases?: WxrBases): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  const authors = AUTHORS.map(
    ([l, n, id]) =>
      `<wp:author><wp:author_id>${id}</wp:author_id><wp:author_login>${cdata(l!)}</wp:author_login><wp:author_display_name>${cdata(n!)}</wp:author_display_name></wp:author>`,
  );
  const categories = CATEGORIES.map(
    ([id, slug, name, parent]) =>
      `<wp:category><wp:term_id>${id}</wp:term_id><wp:category_nicename>${slug}</wp:category_nicename><wp:category_parent>${parent}</wp:category_parent><wp:cat_name>${cdata(name!)}</wp:cat_name></wp:category>`,
  );
  const tags = TAGS.map(
    ([id, slug, name]) =>
      `<wp:tag><wp:term_id>${id}</wp:term_id><wp:tag_slug>${slug}</wp:tag_slug><wp:tag_name>${cdata(name!)}</wp:tag_name></wp:tag>`,
  );
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>मरुधर समाचार</title><link>${WXR_SITE}</link><wp:base_site_url>${WXR_SITE}</wp:base_site_url>
${[...authors, ...categories, ...tags].join('\n')}
`);
  for (let i = 1; i <= posts; i++) await write(item(i, bases));
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
}
