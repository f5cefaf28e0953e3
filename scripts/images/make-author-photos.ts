/**
 * Draws the sample authors' byline photos (content/assets/lekhak/*.jpg): an original silhouette on a
 * coloured ground, 240 × 240, small enough to publish as it is. Run once by hand
 * (`npx tsx scripts/images/make-author-photos.ts`); the outputs are committed, the build never runs this.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const OUT = resolve(import.meta.dirname, '../../content/assets/lekhak');
const SIZE = 240;

/** Author slug → [ground, clothes, head covering (a dupatta or a safa)]. */
const PEOPLE: Record<string, [string, string, string]> = {
  'sunita-choudhary': ['#e9d8b4', '#2f6f73', '#c2452d'],
  'rekha-purohit': ['#d7e3e8', '#7a2e0e', '#e0a526'],
};

const portrait = ([ground, clothes, cover]: [
  string,
  string,
  string,
]) => `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}">
<rect width="${SIZE}" height="${SIZE}" fill="${ground}"/>
<path d="M30 240 C 40 170 80 150 120 150 S 200 170 210 240 Z" fill="${clothes}"/>
<circle cx="120" cy="100" r="44" fill="#8d5a3b"/>
<path d="M72 104 C 70 50 170 50 168 104 C 160 70 80 70 72 104 Z" fill="${cover}"/>
<path d="M74 100 C 60 150 70 190 96 205 L 104 150 Z" fill="${cover}" opacity=".85"/></svg>`;

mkdirSync(OUT, { recursive: true });
for (const [slug, colours] of Object.entries(PEOPLE)) {
  await sharp(Buffer.from(portrait(colours)))
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(join(OUT, `${slug}.jpg`));
}
