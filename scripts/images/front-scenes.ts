/**
 * Scenes for the newest sample stories (issue #20), drawn in code like the others (sample-scenes.ts),
 * so the home page opens with a picture and its cards carry thumbnails: a dengue ward, hail on a
 * cumin field, the Jawai dam's open gates, a foggy highway and a raid on a fake-ghee store.
 */
import { H, hut, sky, svg, W } from './sample-scenes.ts';

/** A hospital ward: beds in a row under mosquito nets, a drip stand, a fan. */
function dengueWard(): string {
  const bed = (x: number) =>
    `<g transform="translate(${x} 640)"><rect x="-150" y="0" width="300" height="40" fill="#f4f4f0"/><rect x="-150" y="40" width="12" height="120" fill="#8a8f99"/><rect x="138" y="40" width="12" height="120" fill="#8a8f99"/><rect x="-150" y="-20" width="90" height="30" rx="12" fill="#ffffff"/><path d="M-170 10 L-120 -300 H120 L170 10 Z" fill="#e8f3ff" fill-opacity=".55" stroke="#b8cce0" stroke-width="4"/></g>`;
  return svg(`<rect width="${W}" height="${H}" fill="#dfeee8"/><rect y="700" width="${W}" height="${H - 700}" fill="#b9c8c0"/>
<rect x="80" y="120" width="260" height="200" fill="#9fd2f0" stroke="#f4f4f0" stroke-width="16"/><rect x="1260" y="120" width="260" height="200" fill="#9fd2f0" stroke="#f4f4f0" stroke-width="16"/>
${bed(330)}${bed(800)}${bed(1270)}<g transform="translate(1060 700)"><rect x="-5" y="-420" width="10" height="420" fill="#8a8f99"/><rect x="-40" y="-420" width="50" height="80" rx="10" fill="#e8f3ff" stroke="#8a8f99" stroke-width="4"/></g>
<g transform="translate(800 60)"><rect x="-5" y="0" width="10" height="60" fill="#555"/><ellipse cy="70" rx="160" ry="14" fill="#6b6b6b"/></g><rect y="690" width="${W}" height="12" fill="#2f7f6f"/>`);
}

/** Hail on a cumin field: a dark sky, white stones on the ground, flattened rows. */
function hail(): string {
  let stones = '';
  for (let i = 0; i < 160; i++) {
    const x = (i * 97) % W;
    const y = 80 + ((i * 53) % 820);
    stones += `<circle cx="${x}" cy="${y}" r="${y > 480 ? 9 : 6}" fill="#f4f7fb"/>`;
  }
  let rows = '';
  for (let r = 0; r < 7; r++)
    rows += `<path d="M0 ${520 + r * 55} Q 400 ${500 + r * 55} 800 ${530 + r * 55} T ${W} ${515 + r * 55}" stroke="#5d7a2a" stroke-width="${10 + r * 3}" fill="none"/>`;
  return svg(
    `${sky('s', '#3c4654', '#8c96a3')}<rect y="470" width="${W}" height="${H - 470}" fill="#7a8a48"/>${rows}${hut(1380, 480, 0.8)}${stones}`,
  );
}

/** The Jawai dam with two gates open and water rushing into the river bed. */
function damGates(): string {
  const gate = (x: number, open: boolean) =>
    `<rect x="${x}" y="${open ? 330 : 380}" width="120" height="${open ? 70 : 120}" fill="#6e7781"/>${open ? `<path d="M${x} 420 H ${x + 120} C ${x + 130} 560 ${x + 160} 640 ${x + 150} 760 H ${x - 30} C ${x - 40} 640 ${x - 10} 560 ${x} 420 Z" fill="#e8f6ff"/>` : ''}`;
  return svg(`${sky('s', '#7fb2d9', '#dbe9f2')}<path d="M0 330 Q 400 300 800 320 T ${W} 310 V 380 H 0 Z" fill="#2f6f9f"/>
<rect y="370" width="${W}" height="140" fill="#c9c2b4"/>
<path d="M0 510 H ${W} V ${H} H 0 Z" fill="#cfa872"/><path d="M620 510 H 1000 C 1040 700 1150 780 1250 ${H} H 380 C 480 760 580 680 620 510 Z" fill="#4aa3df"/>${[0, 1, 2, 3, 4, 5].map((i) => gate(200 + i * 220, i === 2 || i === 3)).join('')}${hut(200, 700, 0.9)}${hut(1420, 720, 0.8)}`);
}

/** A highway in dense winter fog at dawn, a police barricade and warning lights. */
function foggyHighway(): string {
  return svg(`${sky('s', '#c9cdd2', '#e9ebed')}<path d="M720 420 H880 L1400 ${H} H200 Z" fill="#5b5f66"/>
<path d="M797 430 H803 L830 ${H} H770 Z" fill="#f2f2f2" fill-opacity=".8"/><rect y="410" width="${W}" height="20" fill="#d6d9dc"/>
<g transform="translate(520 780)"><rect x="-160" y="-60" width="320" height="60" fill="#f2b705"/><g fill="#1d1b18"><path d="M-140 -60 L-100 -60 L-140 0 Z M-60 -60 L-20 -60 L-60 0 Z M20 -60 L60 -60 L20 0 Z M100 -60 L140 -60 L100 0 Z"/></g><rect x="-150" y="0" width="14" height="90" fill="#444"/><rect x="136" y="0" width="14" height="90" fill="#444"/></g>
<circle cx="1150" cy="700" r="26" fill="#e02020"/><circle cx="1220" cy="700" r="26" fill="#1a5fb4"/><rect y="0" width="${W}" height="${H}" fill="#f4f5f6" fill-opacity=".35"/>`);
}

/** Seized tins of fake ghee stacked in a store, with an official seal on the door. */
function gheeTins(): string {
  let tins = '';
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 6; c++)
      tins += `<g transform="translate(${260 + c * 170 + (r % 2) * 40} ${740 - r * 170})"><rect x="-70" y="-150" width="140" height="150" fill="#c9ced4" stroke="#8a8f99" stroke-width="4"/><rect x="-70" y="-100" width="140" height="50" fill="#f2b705"/><rect x="-20" y="-168" width="40" height="18" fill="#8a8f99"/></g>`;
  return svg(`<rect width="${W}" height="${H}" fill="#7d6a55"/><rect y="740" width="${W}" height="${H - 740}" fill="#4f4234"/>${tins}
<g transform="translate(1420 420)"><rect x="-90" y="-200" width="180" height="400" fill="#5a3e1c"/><circle r="40" fill="#b3202a"/><rect x="-70" y="-6" width="140" height="12" fill="#f4efe6"/></g>`);
}

/** The scenes by name; make-samples.ts maps them onto pictures. */
export const FRONT_SCENES: Record<string, () => string> = { dengueWard, hail, damGates, foggyHighway, gheeTins };
