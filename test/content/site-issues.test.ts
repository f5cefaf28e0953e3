import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { isMsg, render } from '../../scripts/content/messages.ts';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';
import { tempDir } from '../helpers/archive.ts';

const words = suite('siteIssueMessage: zod’s own words by the kind of issue');
// [issue, the message id, or the text kept as it is]
const ISSUES: Array<[Parameters<typeof siteIssueMessage>[0], string]> = [
  [{ code: 'unrecognized_keys', keys: ['titel'], message: 'Unrecognized key: "titel"' }, 'siteJson.unknownKey'],
  [{ code: 'too_big', origin: 'number', maximum: 8, message: 'Too big: expected number to be <=8' }, 'siteJson.tooBig'],
  [{ code: 'too_small', origin: 'number', minimum: 1, message: 'Too small: expected number to be >=1' }, 'siteJson.tooSmall'],
  [{ code: 'invalid_type', expected: 'int', message: 'Invalid input: expected int, received number' }, 'siteJson.notWhole'],
  [{ code: 'invalid_type', expected: 'boolean', message: 'Invalid input: expected boolean, received string' }, 'siteJson.notBool'],
  [{ code: 'custom', message: 'siteJson.urlLogin' }, 'siteJson.urlLogin'],
  // A schema's own words (a custom message in a zod schema) are kept: they say more than a kind can.
  [
    { code: 'invalid_type', expected: 'number', message: 'count must be a whole number from 1 to 50' },
    'count must be a whole number from 1 to 50',
  ],
];
for (const [issue, expected] of ISSUES)
  words(`${issue.code}: ${issue.message}`, () => {
    const m = siteIssueMessage(issue);
    assert.is(typeof m === 'string' ? m : m.id, expected);
  });
words('a custom issue’s params fill its message', () => {
  const m = siteIssueMessage({ code: 'custom', message: 'siteJson.tooBig', params: { max: 8 } });
  assert.ok(isMsg(m));
  assert.is(render(m, 'en'), 'must be at most 8');
});
words.run();

/**
 * Settings an editor gets wrong, each with its value in the message (a folder, a colour, a path):
 * every problem is a message of the table, so it prints in Hindi by default.
 */
const site = suite('site.json problems print from the message table');
const SITES: Array<[string, Record<string, unknown>, string]> = [
  ['url not http', { url: 'ftp://a.example' }, 'https:// (या http://) से शुरू'],
  ['url with login', { url: 'https://ram:x@a.example' }, 'यूज़र-नाम या पासवर्ड'],
  ['url folder and pathPrefix', { url: 'https://a.example/x', pathPrefix: '/y/' }, 'url फ़ोल्डर /x/ पर ख़त्म होता है पर pathPrefix "/y/" है'],
  ['url folder at the root', { url: 'https://a.example/x' }, '"pathPrefix": "/x/"'],
  ['pathPrefix', { pathPrefix: 'samachar' }, 'pathPrefix / से शुरू और / पर ख़त्म'],
  ['pathPrefix folder', { pathPrefix: '/मेरा/' }, 'फ़ोल्डर "मेरा" है'],
  ['logo', { logo: 'logo.png' }, 'logo इसी साइट का पता होना चाहिए, "logo.png" नहीं'],
  ['icon dots', { icon: '/a/../i.png' }, 'icon में . या .. फ़ोल्डर'],
  ['icon a number', { icon: 5 }, 'उद्धरण चिह्नों में'],
  ['contrast', { theme: { colors: { accent: '#ffff00' } } }, 'accent #ffff00 पर accentText #ffffff का कंट्रास्ट 1.1:1'],
  ['social host', { social: { youtube: 'https://vimeo.com/marudhar' } }, 'youtube.com का पता होना चाहिए'],
  ['social home page', { social: { facebook: 'https://www.facebook.com/' } }, 'मुख्य पन्ना'],
  ['unknown key', { titel: 'x' }, '"titel" site.json की कोई सेटिंग नहीं'],
  ['number too big', { search: { workers: 20 } }, 'ज़्यादा से ज़्यादा 8'],
  ['number too small', { topics: { minStories: 0 } }, 'कम से कम 1'],
  ['adsense', { ads: { header: { adsense: { client: 'x', slot: '1' } } } }, 'पब्लिशर आईडी'],
  ['ad origin', { ads: { origins: ['http://x'] } }, 'हर origin https://'],
  ['analytics host', { analytics: { provider: 'plausible', domain: 'a.example', host: 'http://p/' } }, 'host / पर ख़त्म होने वाला https पता'],
  ['analytics provider', { analytics: { provider: 'statcounter' } }, 'provider इनमें से एक'],
  ['cms', { cms: { review: 'yes' } }, 'cms.review में true या false'],
];
const dir = tempDir();
mkdirSync(join(dir, '_data'));
for (const name of ['categories', 'districts', 'authors']) writeFileSync(join(dir, '_data', `${name}.json`), '[]');
for (const [name, settings, hindi] of SITES)
  site(name, () => {
    writeFileSync(
      join(dir, '_data', 'site.json'),
      JSON.stringify({ title: 'मरुधर समाचार', url: 'https://a.example', ...settings }, null, 1),
    );
    const errors: ContentError[] = [];
    loadSiteData(dir, errors, {});
    const problems = errors.flatMap((e) => (e.id === 'siteJson.issue' && isMsg(e.what) ? [e.what.params.problem] : []));
    assert.ok(problems.length > 0, 'a problem is reported');
    for (const p of problems) assert.ok(isMsg(p), `not from the table: ${String(p)}`);
    assert.match(errors.map((e) => e.format({ lang: 'hi' })).join('\n'), hindi);
  });
site.run();
