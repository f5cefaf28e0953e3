import { resolveColors, type ColorRole, type ThemeConfig } from '../content/theme-config.ts';

/** The custom property each colour role of site.json's `theme` becomes; layouts/assets/*.css read only these. */
const PROPERTY: Record<ColorRole, string> = {
  background: '--bg',
  text: '--fg',
  muted: '--muted',
  line: '--line',
  accent: '--accent',
  accentText: '--accent-fg',
  card: '--card',
  link: '--link',
  focus: '--focus',
};

const declarations = (palette: Record<ColorRole, string>) =>
  (Object.keys(PROPERTY) as ColorRole[]).map((role) => `${PROPERTY[role]}:${palette[role]}`).join(';');

/**
 * The theme as CSS custom properties, placed before the stylesheets: the light palette on :root,
 * the dark one under prefers-color-scheme, and the font stack as --font.
 */
export function themeCss(theme: Pick<ThemeConfig, 'colors' | 'dark'>, fontStack: string): string {
  const { light, dark } = resolveColors(theme);
  return (
    `:root{${declarations(light)};--font:${fontStack};color-scheme:light dark}\n` +
    `@media (prefers-color-scheme: dark){:root{${declarations(dark)}}}\n`
  );
}
