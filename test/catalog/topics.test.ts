import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildTopics, topicKey, topicUrl } from '../../scripts/catalog/topics.ts';
import type { Article } from '../../scripts/catalog/types.ts';

const key = suite('topicKey');
const keys: Array<[string, string, string]> = [
  ['nukta', 'फ़िटनेस', topicKey('फिटनेस')],
  ['nukta on ड़ (kept decomposed by NFC)', 'सड़क', topicKey('सडक')],
  ['chandrabindu and anusvara', 'आँधी', topicKey('आंधी')],
  ['Latin case', 'IPL', topicKey('ipl')],
  ['spaces inside and around', '  मंडी   भाव ', topicKey('मंडी भाव')],
  ['Devanagari digits', '१२वीं बोर्ड', topicKey('12वीं बोर्ड')],
];
for (const [name, tag, expected] of keys) key(name, () => assert.is(topicKey(tag), expected));
key('different vowel signs stay different topics', () => {
  assert.is.not(topicKey('कम'), topicKey('काम'));
  assert.is.not(topicKey('पानी'), topicKey('पानि'));
});
key.run();

let n = 0;
/** A story with just what topics read: its tags (and an id to tell stories apart). */
const story = (...tags: string[]): Article => ({ id: `s${n++}`, tags }) as unknown as Article;

const topics = suite('buildTopics');

topics('a tag used by at least minStories stories gets a page; rarer tags get none', () => {
  const a = story('डेंगू', 'अस्पताल');
  const b = story('डेंगू');
  const t = buildTopics([a, b], 2);
  assert.equal(
    t.list.map((x) => [x.name, x.slug, x.url, x.articles.map((s) => s.id)]),
    [['डेंगू', 'dengu', '/vishay/dengu/', [a.id, b.id]]],
  );
  assert.is(t.url('डेंगू'), '/vishay/dengu/');
  assert.is(t.url('अस्पताल'), undefined);
  assert.equal(
    buildTopics([a, b], 1).list.map((x) => x.name),
    ['डेंगू', 'अस्पताल'],
  );
  assert.equal(buildTopics([a, b], 3).list, []);
});

topics('spellings of one topic share its page, named by the spelling used most', () => {
  const t = buildTopics([story('सड़क'), story('सड़क'), story('सडक')], 2);
  assert.is(t.list.length, 1);
  assert.is(t.list[0]!.name, 'सड़क');
  assert.is(t.list[0]!.articles.length, 3);
  assert.is(t.url('सडक'), t.url('सड़क'));
});

topics('a story listing two spellings of one tag counts once', () => {
  const t = buildTopics([story('फ़िटनेस', 'फिटनेस'), story('साइकिल रैली')], 2);
  assert.equal(t.list, []);
});

topics('names of categories and districts link to their pages and get no topic page', () => {
  const elsewhere = new Map([
    [topicKey('राजनीति'), '/rajniti/'],
    [topicKey('जालोर'), '/jila/jalore/'],
  ]);
  const t = buildTopics([story('राजनीति', 'जालोर', 'चुनाव'), story('राजनीति', 'जालोर', 'चुनाव')], 2, elsewhere);
  assert.equal(
    t.list.map((x) => x.name),
    ['चुनाव'],
  );
  assert.is(t.url('राजनीति'), '/rajniti/');
  assert.is(t.url('जालौर'), undefined);
  assert.is(t.url('जालोर'), '/jila/jalore/');
});

topics('topics are listed by story count, then name; equal slugs get -2 in key order', () => {
  // "Mandi" and "मंडी" are different keys whose slugs meet: the Latin key sorts first and keeps it.
  const t = buildTopics([story('मंडी', 'Mandi', 'बजट'), story('मंडी', 'Mandi', 'बजट'), story('बजट')], 2);
  assert.equal(
    t.list.map((x) => [x.name, x.url]),
    [
      ['बजट', '/vishay/budget/'],
      ['Mandi', '/vishay/mandi/'],
      ['मंडी', '/vishay/mandi-2/'],
    ],
  );
  assert.is(t.url('मंडी'), '/vishay/mandi-2/');
});

topics('a tag without letters still gets a non-empty ASCII slug', () => {
  const t = buildTopics([story('★★'), story('★★')], 2);
  assert.match(t.list[0]!.slug, /^[a-z0-9-]+$/);
  assert.is(t.list[0]!.url, topicUrl(t.list[0]!.slug));
});

topics('same tags, same pages and URLs, whatever the story order', () => {
  const stories = [story('मानसून', 'बारिश'), story('बारिश'), story('मानसून', 'बारिश')];
  const urls = (list: Article[]) => buildTopics(list, 2).list.map((x) => `${x.name} ${x.url}`);
  assert.equal(urls(stories), urls([...stories].reverse()));
  assert.equal(urls(stories), ['बारिश /vishay/barish/', 'मानसून /vishay/mansun/']);
});

topics.run();
