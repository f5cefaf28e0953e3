import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { countWords, storyWarnings, PICTURE_MAX_BYTES } from '../../scripts/content/warnings.ts';
import { words } from '../../scripts/hindi/words.ts';
import { warningSettingsSchema } from '../../scripts/content/warning-settings.ts';
import { PLACEHOLDER_BODY } from '../../scripts/cms/new-article.ts';
import { copyArchive, NOW } from '../helpers/archive.ts';

/** A PNG header declaring `width` × `height` (the size is read from the header only), padded to `bytes`. */
function png(width: number, height: number, bytes = 64): Uint8Array {
  const b = Buffer.alloc(Math.max(bytes, 33));
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).copy(b, 0);
  b.write('IHDR', 12, 'ascii');
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  b[24] = 8;
  b[25] = 2;
  return b;
}

const head = (extra = '', date = '2026-11-20 09:00') =>
  `---\ntitle: सांचौर में नई पानी की टंकी बनी\ndate: ${date}\ncategory: rajniti\nauthor: asha-meena\ndistrict: jalore\n${extra}---\n`;
const BODY = 'नगर परिषद ने बताया कि टंकी से तीन वार्डों को रोज़ पानी मिलेगा।\n\nकाम छह महीने में पूरा हुआ।\n';
const longBody = `${'मंडी में आज जीरे और इसबगोल की आवक अच्छी रही और भाव स्थिर रहे। '.repeat(260)}\n`;

/** [case, file text, extra files, expected warnings as `field@line`] */
const cases: Array<[string, string, Record<string, string | Uint8Array>, string[]]> = [
  ['a finished story: nothing', head() + BODY, {}, []],
  ['the `new` placeholder left in', `${head()}${PLACEHOLDER_BODY}\n`, {}, ['body@8']],
  ['the placeholder without nukta and chandrabindu, under a paragraph', `${head()}${BODY}\nयहां खबर लिखें\n`, {}, ['body@12']],
  ['a placeholder summary', head('summary: सारांश यहाँ लिखें\n') + BODY, {}, ['summary@7']],
  ['a year typo (2062)', head('', '2062-11-20 09:00') + BODY, {}, ['date@3']],
  ['61 days ahead, over the default 60', head('', '2027-01-24 12:00') + BODY, {}, ['date@3']],
  ['59 days ahead: scheduled, no warning', head('', '2027-01-22 12:00') + BODY, {}, []],
  [
    'a body that repeats the summary',
    `${head('summary: टंकी से तीन वार्डों को रोज़ पानी मिलेगा।\n')}टंकी से तीन वार्डों को रोज़ पानी मिलेगा।\n`,
    {},
    ['body@7'],
  ],
  ['a one-line story without a written summary: no warning', `${head()}टंकी से तीन वार्डों को पानी।\n`, {}, []],
  ['3,120 words, over 3,000', head() + longBody, {}, ['body@8']],
  [
    'a 5000 px wide lead picture',
    head('image: /images/tanki.png\nimage_alt: नई टंकी\n') + BODY,
    { 'images/tanki.png': png(5000, 3000) },
    ['image@7'],
  ],
  [
    'a 2.5 MB lead picture',
    head('image: /images/tanki.png\nimage_alt: नई टंकी\n') + BODY,
    { 'images/tanki.png': png(1600, 900, PICTURE_MAX_BYTES + 500_000) },
    ['image@7'],
  ],
  [
    'a 2400 px picture, twice the widest rendition: no warning',
    head('image: /images/tanki.png\nimage_alt: नई टंकी\n') + BODY,
    { 'images/tanki.png': png(2400, 1600) },
    [],
  ],
  ['a draft with a placeholder and a year typo: no warning', head('draft: true\n', '2062-01-01') + PLACEHOLDER_BODY, {}, []],
];

/** The defaults, not the fixture's (which schedules a story in 2099 on purpose). */
const DEFAULTS = warningSettingsSchema.parse({});

const table = suite('storyWarnings: one fixture story each');
for (const [name, text, files, expected] of cases) {
  table(name, () => {
    const dir = copyArchive({ 'articles/2026/11/tanki.md': text, ...files });
    const { articles, errors } = loadArticles(dir);
    assert.equal(
      errors.map((e) => e.format()),
      [],
    );
    const story = articles.filter((a) => a.id === 'articles/2026/11/tanki.md');
    assert.is(story.length, 1);
    const found = storyWarnings(story, DEFAULTS, {
      contentDir: dir,
      now: NOW,
      largestWidth: 1200,
      placeholders: [PLACEHOLDER_BODY, 'सारांश यहाँ लिखें'],
    });
    assert.equal(
      found.map((w) => `${w.field}@${w.line}`),
      expected,
    );
    for (const w of found) assert.ok(w.hint && w.file.endsWith('tanki.md'), w.format());
  });
}
table.run();

const kept = suite('storyWarnings with the story cache: what each story gave is kept');
kept('a second build gives the same warnings without making them again, in the same order', () => {
  const dir = copyArchive({
    'articles/2026/11/tanki.md': `${head('', '2062-11-20 09:00')}${PLACEHOLDER_BODY}\n\n${longBody}`,
    'articles/2026/11/saransh.md': head('summary: सारांश यहाँ लिखें\n') + BODY,
  });
  const opts = { contentDir: dir, now: NOW, largestWidth: 1200, placeholders: [PLACEHOLDER_BODY, 'सारांश यहाँ लिखें'] };
  const { articles } = loadArticles(dir);
  const fresh = storyWarnings(articles, DEFAULTS, opts).map((w) => w.format());
  assert.ok(fresh.length >= 4);
  const store = new Map<string, unknown>();
  let made = 0;
  const keep = <T>(path: string, name: string, make: () => T): T => {
    const key = `${path}\0${name}`;
    if (!store.has(key)) {
      made++;
      store.set(key, structuredClone(make()));
    }
    return structuredClone(store.get(key)) as T;
  };
  const first = storyWarnings(articles, DEFAULTS, { ...opts, keep }).map((w) => w.format());
  const madeFirst = made;
  assert.ok(madeFirst > 0);
  const second = storyWarnings(articles, DEFAULTS, { ...opts, keep }).map((w) => w.format());
  assert.equal(first, fresh);
  assert.equal(second, fresh);
  assert.is(made, madeFirst);
  // Other settings are another value: the kept one is not reused for them.
  assert.is(storyWarnings(articles, { ...DEFAULTS, maxWords: 100_000 }, { ...opts, keep }).length, fresh.length - 1);
});
kept.run();

const settings = suite('warnings settings in site.json');
settings('defaults: 60 days, 3,000 words, not strict', () => {
  assert.equal(warningSettingsSchema.parse({}), { futureDays: 60, maxWords: 3000, strict: false });
});
settings('a smaller futureDays warns on a nearer date', () => {
  const dir = copyArchive({ 'articles/2026/11/tanki.md': head('', '2026-12-10 09:00') + BODY });
  const { articles } = loadArticles(dir);
  const story = articles.filter((a) => a.id.endsWith('tanki.md'));
  const opts = { contentDir: dir, now: NOW, largestWidth: 1200, placeholders: [] };
  assert.is(storyWarnings(story, DEFAULTS, opts).length, 0);
  assert.is(storyWarnings(story, { ...DEFAULTS, futureDays: 7 }, opts).length, 1);
});
settings('a bad value is refused by name', () => {
  for (const bad of [{ futureDays: 0 }, { futureDays: 'तीस' }, { maxWords: 1.5 }, { strict: 'yes' }, { futureDay: 30 }]) {
    const r = warningSettingsSchema.safeParse(bad);
    assert.not.ok(r.success, JSON.stringify(bad));
  }
});
settings.run();

const count = suite('countWords: the word count of words(), without the list');
const TEXTS = ['', 'ज़िले की सड़कें, 2026 में।', '**मंडी** में [जीरे](https://x.example/a-b) के भाव', 'IPL२०२६ — नहर-टूटी\n\nदो पंक्तियाँ'];
for (const text of TEXTS) count(JSON.stringify(text), () => assert.is(countWords(text), words(text).length));
count.run();
