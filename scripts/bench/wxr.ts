import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const PLACES = ['जालोर', 'बाड़मेर', 'सांचौर', 'भीनमाल', 'सिवाना'];
const TOPICS = ['नहर का पानी', 'मंडी भाव', 'पंचायत चुनाव', 'स्कूल की छत', 'ऊँट मेला', 'बिजली कटौती'];
const AUTHORS = [
  ['sunita', 'सुनीता चौधरी'],
  ['bhanwar', 'भंवरलाल मेघवाल'],
  ['deepa', 'दीपा पुरोहित'],
];
const STATUS = ['publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'publish', 'draft', 'pending'];

const cdata = (s: string) => `<![CDATA[${s}]]>`;

/** One generated post: Devanagari slugs on every third, a caption, an embed and a shortcode now and then. */
function post(i: number): string {
  const place = PLACES[i % PLACES.length]!;
  const topic = TOPICS[i % TOPICS.length]!;
  const [login] = AUTHORS[i % AUTHORS.length]!;
  const year = 2020 + (i % 6);
  const month = String((i % 12) + 1).padStart(2, '0');
  const gmt = `${year}-${month}-${String((i % 27) + 1).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:15:00`;
  const name = i % 3 === 0 ? encodeURIComponent(`${topic} ${i}`.replace(/ /g, '-')).toLowerCase() : `khabar-${i}`;
  const body = [
    `<!-- wp:paragraph -->${place}। ${topic} को लेकर गाँव में बैठक हुई। यह ख़बर संख्या ${i} है।<!-- /wp:paragraph -->`,
    i % 4 === 0
      ? `[caption id="a${i}"]<img src="https://marudhar.example/wp-content/uploads/${year}/${month}/p${i}.jpg" alt="${place} का दृश्य" /> ${place} में ${topic}[/caption]`
      : '',
    i % 5 === 0 ? '<iframe src="https://www.youtube.com/embed/ABCDEFGHIJK"></iframe>' : '',
    i % 7 === 0 ? '[poll id="3"]' : '',
    `<h2>आगे क्या</h2>\nप्रशासन ने जाँच का भरोसा दिलाया।`,
  ].join('\n\n');
  const terms = [
    `<category domain="category" nicename="${i % 2 ? 'rajniti' : 'jalore'}">${cdata(i % 2 ? 'राजनीति' : 'जालोर')}</category>`,
    i % 2 ? `<category domain="post_tag" nicename="barmer">${cdata('बाड़मेर')}</category>` : '',
  ].join('');
  return `<item><title>${cdata(`${place} में ${topic}, ख़बर ${i}`)}</title><link>https://marudhar.example/${year}/${month}/${name}/</link>
<dc:creator>${cdata(login!)}</dc:creator><content:encoded>${cdata(body)}</content:encoded><excerpt:encoded>${cdata('')}</excerpt:encoded>
<wp:post_id>${i}</wp:post_id><wp:post_date>${cdata(gmt)}</wp:post_date><wp:post_date_gmt>${cdata(gmt)}</wp:post_date_gmt>
<wp:post_name>${cdata(name)}</wp:post_name><wp:status>${cdata(STATUS[i % STATUS.length]!)}</wp:status>
<wp:post_type>${cdata(i % 50 === 0 ? 'page' : 'post')}</wp:post_type>${terms}</item>\n`;
}

/** Writes a WXR export of `posts` generated posts (streamed: any size fits in memory), for `npm run bench:import` and the tests. */
export async function writeWxr(path: string, posts: number): Promise<void> {
  const out = createWriteStream(path);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>मरुधर समाचार</title><link>https://marudhar.example</link><wp:base_site_url>https://marudhar.example</wp:base_site_url>
${AUTHORS.map(([l, n]) => `<wp:author><wp:author_login>${cdata(l!)}</wp:author_login><wp:author_display_name>${cdata(n!)}</wp:author_display_name></wp:author>`).join('\n')}
<wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>rajniti</wp:category_nicename><wp:cat_name>${cdata('राजनीति')}</wp:cat_name></wp:category>
<wp:category><wp:term_id>5</wp:term_id><wp:category_nicename>jalore</wp:category_nicename><wp:cat_name>${cdata('जालोर')}</wp:cat_name></wp:category>
`);
  for (let i = 1; i <= posts; i++) await write(post(i));
  await write('</channel>\n</rss>\n');
  out.end();
  await once(out, 'finish');
}
