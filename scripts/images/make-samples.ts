/**
 * Draws the sample archive's pictures: article pictures (lead, body, gallery) under content/images/, and the
 * site logo, icon and default social card under content/assets/. Run once by hand
 * (`npx tsx scripts/images/make-samples.ts`); the outputs are committed, the build never runs this.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { SCENES } from './sample-scenes.ts';
import { STORY_SCENES } from './story-scenes.ts';
import { FRONT_SCENES } from './front-scenes.ts';
import { woffToSfnt } from './woff-to-sfnt.ts';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '../..');
const BRAND = '#7a2e0e';

/** Article image path (as written in front-matter) → scene. The alt texts live in the articles. */
export const SAMPLE_IMAGES: Record<string, string> = {
  '/images/2026/06/narmada-nahar-gaon.jpg': 'canal',
  '/images/2025/04/sarson-ke-khet.jpg': 'mustard',
  '/images/2025/11/marudhar-cup-trophy.jpg': 'cricket',
  '/images/2026/05/loo-aur-garmi.jpg': 'heat',
  '/images/2025/11/pushkar-oont.jpg': 'camels',
  '/images/2026/11/mandi-jeera-isabgol.jpg': 'mandi',
  // Body pictures and a gallery (#19): the pond story and the school story of November 2026.
  '/images/2026/11/talab-sookha.jpg': 'pondDry',
  '/images/2026/11/talab-shramdaan.jpg': 'pondDigging',
  '/images/2026/11/talab-bhara.jpg': 'pondFull',
  '/images/2026/11/talab-pashu.jpg': 'pondCattle',
  '/images/2026/11/school-solar.jpg': 'schoolSolar',
  // The newest stories (#20): the home page's lead and its thumbnails.
  '/images/2026/11/dengue-ward.jpg': 'dengueWard',
  '/images/2026/11/olavrishti-kheton-mein.jpg': 'hail',
  '/images/2026/12/jawai-bandh-gate.jpg': 'damGates',
  '/images/2026/12/dhoremanna-kohra.jpg': 'foggyHighway',
  '/images/2026/11/nakli-ghee-zabt.jpg': 'gheeTins',
};

/** Devanagari text as a transparent PNG, set in the site's own font at `size` px. */
async function devanagari(text: string, size: number, fontFile: string, color = '#ffffff'): Promise<Buffer> {
  const markup = `<span foreground="${color}">${text}</span>`;
  return sharp({ text: { text: markup, fontfile: fontFile, font: `Noto Sans Devanagari Bold ${size}`, rgba: true, dpi: 72 } })
    .png()
    .toBuffer();
}

const sunOverDunes = (w: number, h: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="${w}" height="${h}" fill="${BRAND}"/><circle cx="${w * 0.78}" cy="${h * 0.38}" r="${h * 0.2}" fill="#f6b73c"/>
<path d="M0 ${h * 0.72} C ${w * 0.25} ${h * 0.6} ${w * 0.45} ${h * 0.84} ${w * 0.7} ${h * 0.7} S ${w} ${h * 0.66} ${w} ${h * 0.7} V ${h} H 0 Z" fill="#b5541d"/>
<path d="M0 ${h * 0.85} C ${w * 0.3} ${h * 0.78} ${w * 0.6} ${h * 0.95} ${w} ${h * 0.82} V ${h} H 0 Z" fill="#d9822b"/></svg>`;

async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'samachar-font-'));
  try {
    const woff = join(
      dirname(require.resolve('@fontsource/noto-sans-devanagari/package.json')),
      'files/noto-sans-devanagari-devanagari-700-normal.woff',
    );
    const font = join(tmp, 'noto-devanagari-700.ttf');
    writeFileSync(font, woffToSfnt(readFileSync(woff)));

    for (const [src, scene] of Object.entries(SAMPLE_IMAGES)) {
      const out = join(ROOT, 'content', src);
      mkdirSync(dirname(out), { recursive: true });
      await sharp(Buffer.from((SCENES[scene] ?? STORY_SCENES[scene] ?? FRONT_SCENES[scene])!()))
        .jpeg({ quality: 82, mozjpeg: true })
        .toFile(out);
    }

    const assets = join(ROOT, 'content/assets');
    mkdirSync(assets, { recursive: true });
    const name = await devanagari('मरुधर समाचार', 96, font);
    const tagline = await devanagari('पश्चिमी राजस्थान के ज़िलों की ख़बरें', 40, font, '#fde9c8');
    await sharp(Buffer.from(sunOverDunes(1200, 630)))
      .composite([
        { input: name, left: 80, top: 170 },
        { input: tagline, left: 84, top: 310 },
      ])
      .png({ compressionLevel: 9, palette: true })
      .toFile(join(assets, 'social-card.png'));

    const letter = await devanagari('म', 300, font);
    const meta = await sharp(letter).metadata();
    await sharp(Buffer.from(sunOverDunes(512, 512)))
      .composite([{ input: letter, left: Math.round((512 - meta.width!) / 2), top: Math.round((512 - meta.height!) / 2) - 40 }])
      .png({ compressionLevel: 9, palette: true })
      .toFile(join(assets, 'logo.png'));
    await sharp(join(assets, 'logo.png')).resize(64, 64).png({ compressionLevel: 9, palette: true }).toFile(join(assets, 'icon.png'));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
