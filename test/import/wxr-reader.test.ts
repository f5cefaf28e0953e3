import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { readWxr, WxrError, type WxrEntry, type WxrItem } from '../../scripts/import/wxr-reader.ts';
import { FIXTURES, tempDir } from '../helpers/archive.ts';

const WXR = join(FIXTURES, 'wordpress/marudhar.xml');
const read = async (path: string) => {
  const out: WxrEntry[] = [];
  for await (const e of readWxr(path)) out.push(e);
  return out;
};

const reader = suite('readWxr');

reader('yields the channel vocabularies, the site address and every item in file order', async () => {
  const entries = await read(WXR);
  assert.equal(
    entries.filter((e) => e.kind === 'author').map((e) => e.kind === 'author' && [e.id, e.login, e.displayName]),
    [
      ['2', 'sunita', 'सुनीता चौधरी'],
      ['3', 'bhanwar', 'भंवरलाल मेघवाल'],
    ],
  );
  const terms = entries.filter((e) => e.kind === 'category' || e.kind === 'tag');
  assert.equal(terms.length, 5);
  assert.equal(terms[2], { kind: 'category', termId: '6', nicename: '%e0%a4%96%e0%a5%87%e0%a4%a4%e0%a5%80', name: 'खेती-बाड़ी', parent: '' });
  const site = entries.find((e) => e.kind === 'site');
  assert.equal(site, { kind: 'site', link: 'https://marudhar.example', baseSiteUrl: 'https://marudhar.example' });
  const items = entries.filter((e): e is WxrItem => e.kind === 'item');
  assert.equal(
    items.map((i) => [i.id, i.postType, i.status]),
    [
      ['101', 'post', 'publish'],
      ['102', 'post', 'draft'],
      ['103', 'post', 'future'],
      ['104', 'post', 'private'],
      ['105', 'revision', 'inherit'],
      ['106', 'nav_menu_item', 'publish'],
      ['107', 'page', 'publish'],
      ['201', 'attachment', 'inherit'],
    ],
  );
});

reader('reads every field of a post: dates, author, body, excerpt, terms, post meta', async () => {
  const post = (await read(WXR)).find((e): e is WxrItem => e.kind === 'item' && e.id === '101')!;
  assert.is(post.title, 'सांचौर में नहर का पानी पहुँचा, किसानों ने की पूजा');
  assert.is(post.dateGmt, '2025-03-10 20:15:00');
  assert.is(post.modifiedGmt, '2025-03-12 03:30:00');
  assert.is(post.creator, 'sunita');
  assert.ok(post.content.startsWith('<!-- wp:paragraph -->\nसांचौर।'));
  assert.is(post.excerpt, 'नर्मदा नहर की नई शाखा में पहली बार पानी पहुँचा।');
  assert.equal(post.terms[0], { domain: 'category', nicename: 'rajniti', name: 'राजनीति' });
  assert.equal(post.terms[3]!.domain, 'post_tag');
  assert.equal(post.meta, { _thumbnail_id: '201', _yoast_wpseo_primary_category: '6' });
  assert.is(post.line, 24);
  const picture = (await read(WXR)).find((e): e is WxrItem => e.kind === 'item' && e.id === '201')!;
  assert.is(picture.attachmentUrl, 'https://marudhar.example/wp-content/uploads/2025/03/nahar.jpg');
  assert.is(picture.meta._wp_attachment_image_alt, 'नहर में बहता पानी');
});

reader('a malformed export fails with its file and line', async () => {
  const cases: Array<[string, string, number]> = [
    [join(FIXTURES, 'wordpress/broken.xml'), 'broken.xml', 7],
    [join(tempDir(), 'cut.xml'), 'cut.xml', 3],
  ];
  writeFileSync(cases[1]![0], '<?xml version="1.0"?>\n<rss><channel>\n<item><title>आधी');
  // Entities declared in the export (entity bombs, external files) are never expanded.
  const entities = join(tempDir(), 'entities.xml');
  writeFileSync(
    entities,
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "हा"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]>\n<rss><channel><item><title>&b;&x;</title></item></channel></rss>',
  );
  cases.push([entities, 'entities.xml', 3]);
  for (const [path, name, line] of cases) {
    try {
      await read(path);
      assert.unreachable(`${name} was read`);
    } catch (e) {
      assert.instance(e, WxrError);
      assert.is((e as WxrError).line, line, (e as Error).message);
      assert.match((e as Error).message, `${name}:${line}: `);
      assert.match((e as Error).message, 'export the site again');
    }
  }
});

reader.run();
