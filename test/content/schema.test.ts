import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { frontMatterSchema } from '../../scripts/content/schema.ts';

const parse = suite('frontMatterSchema');

parse('accepts a minimal article and fills defaults', () => {
  const r = frontMatterSchema.parse({ title: 'मंडी में भाव', date: '2026-11-23', category: 'krishi', author: 'a', district: 'jalore' });
  assert.equal(r.tags, []);
  assert.is(r.draft, false);
});

const bad: Array<[string, Record<string, unknown>, string]> = [
  ['missing title', { date: '2026-11-23', category: 'c', author: 'a', district: 'd' }, 'title is missing'],
  ['empty title', { title: '  ', date: '2026-11-23', category: 'c', author: 'a', district: 'd' }, 'title is empty'],
  ['tags not a list', { title: 't', date: '2026-11-23', category: 'c', author: 'a', district: 'd', tags: 'x' }, 'tags must be a list'],
  ['bad slug', { title: 't', date: '2026-11-23', category: 'c', author: 'a', district: 'd', slug: 'Mandi Bhav' }, 'slug may use only'],
];
for (const [name, input, message] of bad) {
  parse(`rejects ${name}`, () => {
    const r = frontMatterSchema.safeParse(input);
    assert.is(r.success, false);
    assert.ok(
      r.error?.issues.some((i) => i.message.includes(message)),
      JSON.stringify(r.error?.issues),
    );
  });
}

parse('the lead picture caption and credit are trimmed text; a credit may stand alone', () => {
  const base = { title: 't', date: '2026-11-23', category: 'c', author: 'a', district: 'd', image: '/images/a.jpg', image_alt: 'क' };
  const r = frontMatterSchema.parse({ ...base, image_caption: '  नहर का पानी ', image_credit: ' फ़ोटो: र ' });
  assert.equal([r.image_caption, r.image_credit], ['नहर का पानी', 'फ़ोटो: र']);
  assert.is(frontMatterSchema.parse({ ...base, image_credit: 'एजेंसी' }).image_caption, undefined);
  for (const [field, value, message] of [
    ['image_caption', 12, 'image_caption must be text'],
    ['image_credit', ' ', 'image_credit is empty'],
  ] as const) {
    const bad = frontMatterSchema.safeParse({ ...base, [field]: value });
    assert.ok(
      bad.error?.issues.some((i) => i.message === message),
      JSON.stringify(bad.error?.issues),
    );
  }
});

parse.run();
