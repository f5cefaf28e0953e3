import { z } from 'zod';
import { msg, type Msg } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';
import { sitePathSchema } from './site-urls.ts';

/**
 * The site's look, `theme` in site.json (docs/configuration.md, "Theming"): colours for the light
 * and the dark scheme, the font, and the header's logo. The build turns it into CSS custom
 * properties at the top of the one stylesheet (scripts/eleventy/theme-css.ts); layouts/assets/*.css
 * only ever read `var(--…)`, so nothing else needs editing to rebrand a site.
 */

/** The colour roles the stylesheets use, with the sample paper's light and dark values. */
export const DEFAULT_COLORS = {
  background: '#fdfcf9',
  text: '#1d1b18',
  muted: '#5b554c',
  line: '#e4ded3',
  accent: '#a3261b',
  accentText: '#ffffff',
  card: '#ffffff',
  link: '#8a1f16',
  focus: '#1a5fb4',
} as const;
export const DEFAULT_DARK_COLORS: Record<ColorRole, string> = {
  background: '#161513',
  text: '#ece8e1',
  muted: '#b3ab9f',
  line: '#35322d',
  accent: '#e0685c',
  accentText: '#161513',
  card: '#1f1d1a',
  link: '#f2a097',
  focus: '#8ab4f8',
};
export type ColorRole = keyof typeof DEFAULT_COLORS;

const HEX = /^#[0-9a-fA-F]{6}$/;
const color = z.string({ error: 'siteJson.colour' }).regex(HEX, { error: 'siteJson.colour' });
const colorsSchema = z
  .object(
    Object.fromEntries(Object.keys(DEFAULT_COLORS).map((k) => [k, color.optional()])) as Record<ColorRole, z.ZodOptional<typeof color>>,
  )
  .strict()
  .prefault({});

/** The header logo: a picture in content/assets/ drawn at `width` × `height` CSS pixels. */
const logoSchema = z
  .object({
    src: sitePathSchema('theme.logo.src', '/assets/logo.png'),
    /** Drawn size in CSS pixels; the picture's own proportions (checked) and at most 64 px high, so the header stays one row on a phone. */
    width: z.number().int().min(16).max(400),
    height: z.number().int().min(16).max(64),
    /** Also print the paper's name in text beside it (for a square mark); false for a wordmark that already spells the name. */
    withTitle: z.boolean().default(true),
  })
  .strict();

export const themeSchema = z
  .object({
    /** Light scheme colours by role; unset roles keep DEFAULT_COLORS. */
    colors: colorsSchema,
    /** Dark scheme colours (readers whose phone is in dark mode); unset roles keep DEFAULT_DARK_COLORS. */
    dark: colorsSchema,
    /**
     * "noto": Noto Sans Devanagari, the reader's own copy or the self-hosted one (preloaded, swapped in over
     * a metric-matched fallback). "system": the reader's own Devanagari font only; no font bytes at all.
     */
    font: z.enum(['noto', 'system']).default('noto'),
    /** The header logo; without it the header prints the paper's name in text. */
    logo: logoSchema.optional(),
  })
  .strict()
  .superRefine((theme, ctx) => {
    for (const p of resolveColors(theme).problems) addMessageIssue(ctx, p.message, [p.scheme]);
  });

export type ThemeConfig = z.infer<typeof themeSchema>;

/** Relative luminance of #rrggbb (WCAG 2). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours, 1–21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Pairs the pages draw text with, which need WCAG AA's 4.5:1 to be read (and pass the site checks). */
const TEXT_PAIRS: ReadonlyArray<[ColorRole, ColorRole]> = [
  ['text', 'background'],
  ['muted', 'background'],
  ['link', 'background'],
  ['text', 'card'],
  ['muted', 'card'],
  ['link', 'card'],
  ['accentText', 'accent'],
];

/** The full palettes (defaults filled in) and every text/background pair too faint to read. */
export function resolveColors(theme: Pick<ThemeConfig, 'colors' | 'dark'>) {
  const light = { ...DEFAULT_COLORS, ...definedOnly(theme.colors) };
  const dark = { ...DEFAULT_DARK_COLORS, ...definedOnly(theme.dark) };
  const problems: Array<{ scheme: 'colors' | 'dark'; message: Msg }> = [];
  for (const [scheme, palette] of [
    ['colors', light],
    ['dark', dark],
  ] as const)
    for (const [fg, bg] of TEXT_PAIRS) {
      const ratio = contrast(palette[fg], palette[bg]);
      if (ratio < 4.5)
        problems.push({
          scheme,
          message: msg('siteJson.contrast', { fg, fgColour: palette[fg], bg, bgColour: palette[bg], ratio: ratio.toFixed(1) }),
        });
    }
  return { light, dark, problems };
}

function definedOnly(o: Partial<Record<ColorRole, string | undefined>>): Partial<Record<ColorRole, string>> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<Record<ColorRole, string>>;
}
