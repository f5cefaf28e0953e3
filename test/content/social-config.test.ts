import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { socialLinks, socialSchema, socialUrlProblem } from '../../scripts/content/social-config.ts';
import { english } from '../helpers/english.ts';

const s = suite('social in site.json');
const CASES: Array<[Parameters<typeof socialUrlProblem>[0], string, string | undefined]> = [
  ['facebook', 'https://www.facebook.com/marudharsamachar', undefined],
  ['x', 'https://twitter.com/marudhar', undefined],
  ['youtube', 'https://m.youtube.com/@marudhar', undefined],
  ['telegram', 'https://t.me/marudhar', undefined],
  ['facebook', 'http://www.facebook.com/marudhar', 'must be a plain https:// address'],
  ['facebook', 'https://facebook.com.evil.example/marudhar', 'must be an address on facebook.com or fb.com'],
  ['youtube', 'https://notyoutube.com/@marudhar', 'must be an address on youtube.com'],
  ['instagram', 'https://www.instagram.com/', "is the network's home page"],
  ['x', 'javascript:alert(1)', 'must be a plain https:// address'],
  ['whatsapp', 'व्हाट्सऐप', 'not a web address'],
];
for (const [network, url, problem] of CASES)
  s(`${network}: ${url}`, () => {
    const got = socialUrlProblem(network, url);
    if (problem === undefined) assert.is(got, undefined);
    else assert.match(english(got), problem);
  });
s('the schema names the network and refuses an unknown one', () => {
  assert.not.ok(socialSchema.safeParse({ myspace: 'https://myspace.com/x' }).success);
  const r = socialSchema.safeParse({ youtube: 'https://vimeo.com/x' });
  assert.is(r.error?.issues[0]?.path.join('.'), 'youtube');
});
s('links come in a fixed order with Hindi names, unset networks left out', () => {
  const links = socialLinks(socialSchema.parse({ youtube: 'https://www.youtube.com/@m', facebook: 'https://fb.com/m' }));
  assert.equal(
    links.map((l) => [l.network, l.name]),
    [
      ['facebook', 'फ़ेसबुक'],
      ['youtube', 'यूट्यूब'],
    ],
  );
});
s.run();
