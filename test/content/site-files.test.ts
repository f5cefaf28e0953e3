import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

const SITE = JSON.parse(readFileSync(join(FIXTURES, 'archive/_data/site.json'), 'utf8')) as Record<string, unknown>;
/** The fixture site.json with settings added, one per line so each has its own line number. */
const siteJson = (extra: Record<string, string>) => JSON.stringify({ ...SITE, ...extra }, null, 1);
let png: Buffer;

const s = suite('site.json: logo, icon and defaultImage are pictures in content/assets/');
s.before(async () => {
  png = await sharp({ create: { width: 120, height: 60, channels: 3, background: '#a33' } })
    .png()
    .toBuffer();
});
const CASES: Array<[string, Record<string, string>, Record<string, string | Uint8Array>, string]> = [
  [
    'missing',
    { logo: '/assets/nahin.png' },
    {},
    'logo: the logo /assets/nahin.png was not found — put the picture at content/assets/nahin.png',
  ],
  [
    'outside assets/',
    { defaultImage: '/images/card.png' },
    {},
    'defaultImage: the default social card /images/card.png is not a file in content/assets/',
  ],
  [
    'a path that stays on the site but outside assets/',
    { icon: '/admin/x.png' },
    {},
    'icon: the browser icon /admin/x.png is not a file in content/assets/',
  ],
  [
    'text named .png',
    { defaultImage: '/assets/card.png' },
    { 'assets/card.png': 'नकली' },
    'defaultImage: the default social card /assets/card.png is not a picture',
  ],
  ['a refused file', { logo: '/assets/logo.svg' }, { 'assets/logo.svg': '<svg/>' }, 'logo: the logo /assets/logo.svg cannot be used'],
];
for (const [name, settings, files, message] of CASES) {
  s(name, () => {
    const content = copyArchive(files);
    writeFileSync(join(content, '_data/site.json'), siteJson(settings));
    const errors = loadContent(content).errors;
    const found = errors.find((e) => e.format({ lang: 'en' }).includes(message));
    assert.ok(found, `expected "${message}" in:\n${errors.map((e) => e.format({ lang: 'en' })).join('\n')}`);
    assert.ok(found!.line > 1 && found!.file.endsWith('_data/site.json'), found!.format());
  });
}
s('real pictures pass, an .ico icon too; unset defaults are not checked', () => {
  const content = copyArchive({ 'assets/logo.png': png, 'assets/favicon.ico': Buffer.from([0, 0, 1, 0, 1, 0, 16, 16]) });
  writeFileSync(join(content, '_data/site.json'), siteJson({ logo: '/assets/logo.png', icon: '/assets/favicon.ico' }));
  assert.equal(
    loadContent(content).errors.map((e) => e.format()),
    [],
  );
});
s('a site.json the validator refused is not checked again with its defaults', () => {
  const content = copyArchive();
  writeFileSync(join(content, '_data/site.json'), siteJson({ icon: '/assets/../_data/site.json', pageSize: 'x' }));
  const errors = loadContent(content).errors.map((e) => e.format({ lang: 'en' }));
  assert.ok(errors.length > 0);
  assert.not.ok(
    errors.some((e) => e.includes('the browser icon')),
    errors.join('\n'),
  );
});
s('in Hindi by default: what the setting is, what is wrong and where to put the picture', () => {
  const content = copyArchive();
  writeFileSync(join(content, '_data/site.json'), siteJson({ logo: '/assets/nahin.png' }));
  const errors = loadContent(content).errors.map((e) => e.format({ lang: 'hi' }));
  assert.ok(
    errors.some((e) => e.includes('logo: लोगो /assets/nahin.png नहीं मिली — तस्वीर content/assets/nahin.png पर रखें')),
    errors.join('\n'),
  );
});
s.run();
