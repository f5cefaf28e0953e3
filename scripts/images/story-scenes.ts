/**
 * Scenes for the sample stories' body pictures and gallery (issue #19), drawn in code like the
 * lead pictures (sample-scenes.ts): a village pond in Jalore before, during and after the villagers
 * dug it out, cattle at the filled pond, and solar panels on a Barmer school's roof.
 */
import { camel, dune, H, hut, sky, svg, W } from './sample-scenes.ts';

const neem = (x: number, y: number, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-12" y="-120" width="24" height="120" fill="#6b4423"/><circle cy="-170" r="80" fill="#3f7d2c"/><circle cx="-60" cy="-130" r="50" fill="#4b8f34"/><circle cx="60" cy="-135" r="55" fill="#4b8f34"/></g>`;

const person = (x: number, y: number, cloth: string, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})"><circle cy="-150" r="18" fill="#6b4423"/><path d="M-22 -130 H22 L30 -40 H-30 Z" fill="${cloth}"/><rect x="-20" y="-40" width="12" height="40" fill="#3b2414"/><rect x="8" y="-40" width="12" height="40" fill="#3b2414"/><ellipse cy="-172" rx="26" ry="9" fill="${cloth}"/></g>`;

/** The pond dry: a cracked bed and the old stone steps. */
function pondDry(): string {
  let cracks = '';
  for (let i = 0; i < 9; i++)
    cracks += `<path d="M${250 + i * 130} ${600 + (i % 3) * 40} l40 50 l-30 60 l50 40" stroke="#8a5a2b" stroke-width="6" fill="none"/>`;
  return svg(`${sky('s', '#9fd2f0', '#f6e3bd')}<circle cx="1350" cy="170" r="70" fill="#fff3b0"/>${dune(430, '#e2b878', 30)}
<ellipse cx="800" cy="680" rx="700" ry="190" fill="#c89058"/>${cracks}
<g fill="#a8a29a">${[0, 1, 2, 3].map((i) => `<rect x="${100 + i * 35}" y="${520 + i * 40}" width="220" height="30"/>`).join('')}</g>${neem(1450, 520, 0.9)}`);
}

/** Shramdaan: villagers carry silt out of the pond bed in pans. */
function pondDigging(): string {
  const cloths = ['#d8432f', '#f2b705', '#2f7fb8', '#b3202a', '#4d7a1a'];
  const people = cloths.map((c, i) => person(330 + i * 240, 760 - (i % 2) * 40, c, 1.4)).join('');
  const pans = cloths
    .map((_, i) => `<ellipse cx="${330 + i * 240}" cy="${760 - (i % 2) * 40 - 270}" rx="44" ry="14" fill="#7a7a72"/>`)
    .join('');
  return svg(`${sky('s', '#8fc9ef', '#fbe7c6')}${dune(460, '#e2b878', 30)}<ellipse cx="800" cy="760" rx="760" ry="200" fill="#9c6a3a"/>
<path d="M40 520 Q200 430 360 520 Z" fill="#7b5a2e"/>${people}${pans}${neem(1480, 560, 0.8)}`);
}

/** The pond full after the rains, with trees and a temple on the bank. */
function pondFull(): string {
  return svg(`${sky('s', '#5fb4f0', '#d9f0ff')}${dune(470, '#d9b27a', 25)}<ellipse cx="800" cy="700" rx="720" ry="200" fill="#2f7fb8"/><ellipse cx="800" cy="680" rx="560" ry="120" fill="#4aa3df"/>
<path d="M500 640 q40 -10 80 0 M900 720 q50 -12 100 0 M700 780 q40 -10 80 0" stroke="#d9f0ff" stroke-width="6" fill="none"/>
${neem(200, 560, 1.1)}${neem(1420, 540, 1)}<g transform="translate(1150 500)"><rect x="-50" y="-80" width="100" height="80" fill="#f4e3c1"/><path d="M-60 -80 L0 -170 L60 -80 Z" fill="#e07b2b"/><rect x="-2" y="-200" width="4" height="30" fill="#b3202a"/></g>`);
}

/** Camels and goats drinking at the filled pond in the evening. */
function pondCattle(): string {
  const goat = (x: number) =>
    `<g transform="translate(${x} 760)" fill="#f4efe6"><rect x="-40" y="-50" width="80" height="40" rx="15"/><circle cx="45" cy="-55" r="16"/><rect x="-35" y="-15" width="8" height="30"/><rect x="25" y="-15" width="8" height="30"/></g>`;
  return svg(`${sky('s', '#f08a4b', '#fcd68a')}<circle cx="300" cy="380" r="110" fill="#ffe39a"/>${dune(480, '#d58a4a', 30)}<ellipse cx="900" cy="720" rx="760" ry="170" fill="#2f6f9f"/>
${camel(500, 720, 1.2)}${camel(1250, 700, 1)}${goat(850)}${goat(980)}${hut(120, 520, 0.8)}`);
}

/** A government school with solar panels on its roof and children in the yard. */
function schoolSolar(): string {
  const panels = [0, 1, 2, 3, 4]
    .map(
      (i) =>
        `<g transform="translate(${470 + i * 140} 330) skewX(-20)"><rect width="120" height="70" fill="#1f3b6d"/><path d="M40 0 V70 M80 0 V70 M0 35 H120" stroke="#8fb3e0" stroke-width="3"/></g>`,
    )
    .join('');
  const kids = ['#2f7fb8', '#2f7fb8', '#f4efe6', '#2f7fb8'].map((c, i) => person(520 + i * 170, 800, c, 0.9)).join('');
  return svg(`${sky('s', '#7cc0ee', '#e8f4ff')}<circle cx="1400" cy="150" r="70" fill="#fff3b0"/><rect y="700" width="${W}" height="${H - 700}" fill="#e2c08a"/>
<rect x="400" y="420" width="800" height="300" fill="#f3d9a4"/><rect x="400" y="420" width="800" height="30" fill="#c9824a"/>
${[0, 1, 2, 3].map((i) => `<rect x="${460 + i * 190}" y="500" width="100" height="90" fill="#5a8fb8"/>`).join('')}<rect x="760" y="600" width="80" height="120" fill="#7a4a24"/>
${panels}${kids}${neem(220, 720, 1)}`);
}

/** The scenes by name; make-samples.ts maps them onto pictures. */
export const STORY_SCENES: Record<string, () => string> = { pondDry, pondDigging, pondFull, pondCattle, schoolSolar };
