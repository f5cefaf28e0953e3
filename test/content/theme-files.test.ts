import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { loadContent } from '../../scripts/content/index.ts';
import { copyArchive, FIXTURES } from '../helpers/archive.ts';

const SITE = JSON.parse(readFileSync(join(FIXTURES, 'archive/_data/site.json'), 'utf8')) as Record<string, unknown>;
const withLogo = (logo: Record<string, unknown>) => JSON.stringify({ ...SITE, theme: { logo } }, null, 1);
const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#a33' } })
    .png()
    .toBuffer();

const s = suite('theme.logo: a picture in content/assets/ of the proportions it is drawn at');
const CASES: Array<[string, Record<string, unknown>, [number, number] | undefined, string | undefined]> = [
  ['a square logo at 40 × 40', { src: '/assets/mark.png', width: 40, height: 40 }, [128, 128], undefined],
  ['a wordmark at 200 × 40', { src: '/assets/mark.png', width: 200, height: 40, withTitle: false }, [600, 120], undefined],
  ['missing', { src: '/assets/nahin.png', width: 40, height: 40 }, undefined, 'the header logo /assets/nahin.png was not found'],
  [
    'squeezed',
    { src: '/assets/mark.png', width: 40, height: 40 },
    [300, 100],
    'is 300 × 100 pixels, but width and height say 40 × 40 — keep its proportions: with "width": 40 write "height": 13',
  ],
  ['too small for a phone screen', { src: '/assets/mark.png', width: 48, height: 48 }, [48, 48], 'looks blurred'],
];
for (const [name, logo, size, message] of CASES)
  s(name, async () => {
    const content = copyArchive(size ? { 'assets/mark.png': await png(...size) } : {});
    writeFileSync(join(content, '_data/site.json'), withLogo(logo));
    const errors = loadContent(content).errors.map((e) => e.format({ lang: 'en' }));
    if (message === undefined) assert.equal(errors, []);
    else
      assert.ok(
        errors.some((e) => e.includes(message) && /site\.json:\d+:/.test(e)),
        errors.join('\n'),
      );
  });
s.run();
