import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { articleJsonLd, jsonForScript, profileJsonLd } from '../../scripts/seo/json-ld.ts';
import { article, SITE } from './helpers/article.ts';

const escaping = suite('jsonForScript');
for (const [value, mustNotContain] of [
  [{ headline: 'बैठक </script><script>alert(1)</script>' }, '</script>'],
  [{ headline: 'टिप्पणी <!-- छिपा -->' }, '<!--'],
  [{ headline: 'A & B > C' }, '&'],
  [{ headline: 'line\u2028sep' }, '\u2028'],
] as const) {
  escaping(`${JSON.stringify(value.headline)} cannot end the script element and parses back the same`, () => {
    const out = jsonForScript(value);
    assert.not.ok(out.includes(mustNotContain));
    assert.not.ok(out.includes('<'));
    assert.equal(JSON.parse(out), value);
  });
}
escaping('each unsafe character has its own escape', () => {
  assert.is(jsonForScript({ h: 'क<ख>ग&घ\u2028ङ\u2029' }), '{"h":"क\\u003cख\\u003eग\\u0026घ\\u2028ङ\\u2029"}');
});
escaping.run();

type Graph = { '@graph': Array<Record<string, any>> };
const ld = suite('articleJsonLd');
const a = article(3, { title: 'नहर </script> का पानी', updated: '2026-11-21T10:00:00.000+05:30', tags: ['नहर', 'पानी'] });
const graph = (articleJsonLd(a, SITE, { url: 'https://news.example/img/x-1200.jpeg', width: 1200, height: 675 }) as Graph)['@graph'];
const news = graph[0]!;
const crumbs = graph[1]!;

ld('NewsArticle: headline, times in +05:30, author, publisher logo, image, section, place', () => {
  assert.is(news['@type'], 'NewsArticle');
  assert.is(news.headline, 'नहर </script> का पानी');
  assert.is(news.datePublished, '2026-11-20T03:00:00+05:30');
  assert.is(news.dateModified, '2026-11-21T10:00:00+05:30');
  assert.equal(news.author, [{ '@type': 'Person', name: 'रवि', url: 'https://news.example/lekhak/ravi/' }]);
  assert.is(news.publisher.name, 'परीक्षण <समाचार>');
  assert.is(news.publisher.logo.url, 'https://news.example/assets/logo.png');
  assert.equal(news.image, [{ '@type': 'ImageObject', url: 'https://news.example/img/x-1200.jpeg', width: 1200, height: 675 }]);
  assert.is(news.articleSection, 'राजनीति');
  assert.equal(news.contentLocation, { '@type': 'Place', name: 'बाड़मेर' });
  assert.is(news.mainEntityOfPage['@id'], 'https://news.example/2026/11/a-3/');
  assert.is(news.keywords, 'नहर, पानी');
});

ld('the lead picture caption and credit as ImageObject caption and creditText, only when written', () => {
  const pic = { url: 'https://news.example/img/x-1200.jpeg', width: 1200, height: 675 };
  const image = { src: '/images/a.jpg', alt: 'क', caption: 'नहर का पानी', credit: 'फ़ोटो: रमेश' };
  const withBoth = (articleJsonLd(article(4, { image }), SITE, pic) as Graph)['@graph'][0]!;
  assert.equal(withBoth.image, [{ '@type': 'ImageObject', ...pic, caption: 'नहर का पानी', creditText: 'फ़ोटो: रमेश' }]);
  const creditOnly = (articleJsonLd(article(4, { image: { src: '/images/a.jpg', alt: 'क', credit: 'एजेंसी' } }), SITE, pic) as Graph)[
    '@graph'
  ][0]!;
  assert.equal(creditOnly.image, [{ '@type': 'ImageObject', ...pic, creditText: 'एजेंसी' }]);
});

ld('author: every person with their page, an agency as an Organization', () => {
  const people = [
    { slug: 'ravi', name: 'रवि' },
    { slug: 'asha', name: 'आशा' },
  ];
  const two = article(1, { authors: people, source: { slug: 'agency', name: 'एजेंसी' } });
  const g = (articleJsonLd(two, SITE, { url: 'u', width: 1, height: 1 }) as Graph)['@graph'];
  assert.equal(g[0]!.author, [
    { '@type': 'Person', name: 'रवि', url: 'https://news.example/lekhak/ravi/' },
    { '@type': 'Person', name: 'आशा', url: 'https://news.example/lekhak/asha/' },
    { '@type': 'Organization', name: 'एजेंसी' },
  ]);
  const agency = article(1, { authors: [], source: { slug: 'agency', name: 'एजेंसी' } });
  const g2 = (articleJsonLd(agency, SITE, { url: 'u', width: 1, height: 1 }) as Graph)['@graph'];
  assert.equal(g2[0]!.author, [{ '@type': 'Organization', name: 'एजेंसी' }]);
});

const profile = {
  slug: 'asha',
  name: 'आशा',
  role: 'जालोर संवाददाता',
  photo: '/assets/lekhak/asha.jpg',
  links: { x: 'https://x.com/asha', website: 'https://asha.example/' },
};

ld('a profile adds jobTitle, image and sameAs to the Person; none of them when not written', () => {
  const g = (
    articleJsonLd(article(1, { authors: [profile, { slug: 'ravi', name: 'रवि' }] }), SITE, { url: 'u', width: 1, height: 1 }) as Graph
  )['@graph'];
  assert.equal(g[0]!.author, [
    {
      '@type': 'Person',
      name: 'आशा',
      url: 'https://news.example/lekhak/asha/',
      jobTitle: 'जालोर संवाददाता',
      image: 'https://news.example/assets/lekhak/asha.jpg',
      sameAs: ['https://x.com/asha', 'https://asha.example/'],
    },
    { '@type': 'Person', name: 'रवि', url: 'https://news.example/lekhak/ravi/' },
  ]);
});

ld('profileJsonLd: the author page as a ProfilePage about the Person', () => {
  const p = profileJsonLd(profile, SITE) as Record<string, any>;
  assert.is(p['@type'], 'ProfilePage');
  assert.is(p.url, 'https://news.example/lekhak/asha/');
  assert.is(p.mainEntity.jobTitle, 'जालोर संवाददाता');
  assert.equal(p.mainEntity.sameAs, ['https://x.com/asha', 'https://asha.example/']);
});

ld('corrections as CorrectionComment, oldest first; none without', () => {
  const corrections = [
    { date: '2026-11-21T10:00:00.000+05:30', text: 'सड़क 21 किलोमीटर की है।' },
    { date: '2026-11-22T09:30:00.000+05:30', text: 'सरपंच का नाम ठीक किया।' },
  ];
  const g = (articleJsonLd(article(1, { corrections }), SITE, { url: 'u', width: 1, height: 1 }) as Graph)['@graph'];
  assert.equal(g[0]!.correction, [
    { '@type': 'CorrectionComment', datePublished: '2026-11-21T10:00:00+05:30', text: 'सड़क 21 किलोमीटर की है।' },
    { '@type': 'CorrectionComment', datePublished: '2026-11-22T09:30:00+05:30', text: 'सरपंच का नाम ठीक किया।' },
  ]);
  assert.is(news.correction, undefined);
});

ld('without a correction dateModified is the publication time', () => {
  const g = (articleJsonLd(article(1), SITE, { url: 'u', width: 1, height: 1 }) as Graph)['@graph'];
  assert.is(g[0]!.dateModified, g[0]!.datePublished);
});

ld('BreadcrumbList: home, category, article, positions 1-3', () => {
  assert.is(crumbs['@type'], 'BreadcrumbList');
  assert.equal(
    crumbs.itemListElement.map((i: any) => [i.position, i.item]),
    [
      [1, 'https://news.example/'],
      [2, 'https://news.example/rajniti/'],
      [3, 'https://news.example/2026/11/a-3/'],
    ],
  );
});
ld.run();
