/**
 * Flat, original illustrations for the sample archive's lead images (1600×900 SVG), drawn in
 * code so the repository carries no third-party photographs. Text-free on purpose: the
 * renderer has no Devanagari system font, and a news photo carries no caption inside it.
 */

export const W = 1600;
export const H = 900;

export const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;

export const sky = (id: string, top: string, bottom: string) =>
  `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#${id})"/>`;

export const dune = (y: number, color: string, amp = 60) =>
  `<path d="M0 ${y} C 300 ${y - amp} 500 ${y + amp} 800 ${y} S 1300 ${y - amp} ${W} ${y} V ${H} H 0 Z" fill="${color}"/>`;

export const hut = (x: number, y: number, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-40" y="-50" width="80" height="50" fill="#c9824a"/><path d="M-55 -50 L0 -100 L55 -50 Z" fill="#7a4a24"/><rect x="-10" y="-30" width="20" height="30" fill="#4a2c14"/></g>`;

export const camel = (x: number, y: number, s = 1) =>
  `<g transform="translate(${x} ${y}) scale(${s})" fill="#3b2414"><path d="M-90 -60 C -80 -130 -30 -130 -20 -90 C -10 -140 40 -140 50 -80 L 80 -90 L 95 -150 L 120 -160 L 125 -140 L 105 -130 L 95 -70 C 90 -50 70 -45 60 -45 L -80 -45 Z"/><rect x="-75" y="-50" width="10" height="90"/><rect x="-50" y="-50" width="10" height="90"/><rect x="30" y="-50" width="10" height="90"/><rect x="55" y="-50" width="10" height="90"/></g>`;

/** Narmada water reaching desert villages: a canal through the dunes. */
function canal(): string {
  return svg(`${sky('s', '#8fd3f4', '#fbe7c6')}<circle cx="1300" cy="180" r="80" fill="#fff3b0"/>${dune(430, '#e9c48a', 40)}${dune(520, '#deb16f', 50)}
<path d="M700 430 L900 430 L1500 900 L100 900 Z" fill="#2f7fb8"/><path d="M760 430 L840 430 L1150 900 L450 900 Z" fill="#4aa3df"/>
<path d="M700 430 L100 900 L40 900 L680 430 Z" fill="#9c9c94"/><path d="M900 430 L1500 900 L1560 900 L920 430 Z" fill="#9c9c94"/>
${hut(300, 520, 1)}${hut(420, 540, 0.8)}${hut(1300, 520, 0.9)}${hut(1420, 545, 0.7)}`);
}

/** Mustard in flower: rows of yellow to the horizon. */
function mustard(): string {
  let rows = '';
  for (let r = 0; r < 9; r++) {
    const y = 420 + r * r * 7 + r * 10;
    const size = 6 + r * 3;
    for (let x = (r % 2) * size; x < W; x += size * 2.2)
      rows += `<circle cx="${x}" cy="${y}" r="${size}" fill="${r % 2 ? '#f6c800' : '#ffdb3a'}"/>`;
  }
  return svg(
    `${sky('s', '#5fb4f0', '#d9f0ff')}<rect y="400" width="${W}" height="500" fill="#6a9a2a"/>${rows}<rect y="398" width="${W}" height="8" fill="#4d7a1a"/>`,
  );
}

/** A district cricket final: the ground, the pitch, stumps and a trophy. */
function cricket(): string {
  return svg(`${sky('s', '#3d8fd6', '#bde3ff')}<ellipse cx="800" cy="900" rx="1100" ry="520" fill="#3f9b3a"/><ellipse cx="800" cy="900" rx="900" ry="400" fill="#4fb348"/>
<path d="M740 460 L860 460 L960 900 L640 900 Z" fill="#d8c48e"/>
<g fill="#f7f1e1"><rect x="770" y="420" width="10" height="60"/><rect x="795" y="420" width="10" height="60"/><rect x="820" y="420" width="10" height="60"/></g>
<g transform="translate(1250 520)"><path d="M-80 -200 H80 C80 -100 40 -60 0 -60 C-40 -60 -80 -100 -80 -200 Z" fill="#f2b705"/><rect x="-15" y="-60" width="30" height="70" fill="#d99a00"/><rect x="-60" y="10" width="120" height="40" fill="#7a4a24"/></g>
<circle cx="420" cy="620" r="28" fill="#b3202a"/><path d="M398 606 Q420 620 442 606" stroke="#fff" stroke-width="3" fill="none"/>`);
}

/** A heatwave: a white-hot sun over a cracked, orange land. */
function heat(): string {
  let rays = '';
  for (let i = 0; i < 16; i++) rays += `<rect x="-8" y="-300" width="16" height="90" fill="#fff1a8" transform="rotate(${i * 22.5})"/>`;
  return svg(`${sky('s', '#ff7b1c', '#ffd36e')}<g transform="translate(800 330)">${rays}<circle r="180" fill="#fffbe0"/></g>${dune(640, '#c0632a', 30)}
<path d="M200 720 L320 780 L300 860 M900 700 L860 790 L960 870 M1300 730 L1240 800" stroke="#7a3512" stroke-width="8" fill="none"/>
<g transform="translate(1380 620)"><rect x="-22" y="-260" width="44" height="260" rx="22" fill="#fff"/><rect x="-10" y="-230" width="20" height="230" fill="#e02020"/><circle cy="20" r="42" fill="#e02020"/></g>`);
}

/** Camels at the Pushkar fair at sunset. */
function camels(): string {
  return svg(`${sky('s', '#f08a4b', '#fcd68a')}<circle cx="800" cy="470" r="150" fill="#ffe39a"/>${dune(520, '#d58a4a', 50)}${dune(640, '#c06f33', 40)}
${camel(380, 700, 1.4)}${camel(760, 690, 1.1)}${camel(1180, 720, 1.5)}`);
}

/** Mandi: heaps of cumin and isabgol and a price board. */
function mandi(): string {
  const heap = (x: number, color: string, dot: string) =>
    `<path d="M${x - 180} 800 Q ${x} 480 ${x + 180} 800 Z" fill="${color}"/><circle cx="${x - 40}" cy="690" r="6" fill="${dot}"/><circle cx="${x + 30}" cy="640" r="6" fill="${dot}"/><circle cx="${x + 60}" cy="720" r="6" fill="${dot}"/>`;
  return svg(`${sky('s', '#f4e3c1', '#e8cfa0')}<rect y="780" width="${W}" height="120" fill="#8a6a44"/>
<rect x="80" y="80" width="1440" height="60" fill="#b3202a"/><path d="M80 140 L200 220 L320 140 L440 220 L560 140 L680 220 L800 140 L920 220 L1040 140 L1160 220 L1280 140 L1400 220 L1520 140 Z" fill="#d8432f"/>
${heap(380, '#7b5a2e', '#5a3e1c')}${heap(800, '#efe8d8', '#c9bfa6')}${heap(1220, '#8d6a36', '#5a3e1c')}
<g transform="translate(1350 300)"><rect x="-120" y="-80" width="240" height="200" fill="#1f3b2d"/><g stroke="#f7f1e1" stroke-width="10"><path d="M-80 -30 H80 M-80 20 H60 M-80 70 H40"/></g></g>`);
}

/** The lead-picture scenes by name; the sample generator maps them onto articles. */
export const SCENES: Record<string, () => string> = { canal, mustard, cricket, heat, camels, mandi };
