import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { themeCss } from '../../scripts/eleventy/theme-css.ts';
import { DEFAULT_DARK_COLORS } from '../../scripts/content/theme-config.ts';

const t = suite('themeCss');
t('light palette and the font on :root, the dark one under prefers-color-scheme', () => {
  const css = themeCss({ colors: { accent: '#0a5c36' }, dark: {} }, "'Noto Sans Devanagari',sans-serif");
  const [light, dark] = css.trim().split('\n');
  assert.match(
    light!,
    /^:root\{--bg:#fdfcf9;--fg:#1d1b18;.*--accent:#0a5c36;.*--font:'Noto Sans Devanagari',sans-serif;color-scheme:light dark\}$/,
  );
  assert.match(dark!, `@media (prefers-color-scheme: dark){:root{--bg:${DEFAULT_DARK_COLORS.background};`);
  assert.match(dark!, `--accent:${DEFAULT_DARK_COLORS.accent}`);
});
t('every colour role becomes a property the stylesheets read', () => {
  const css = themeCss({ colors: {}, dark: {} }, 'serif');
  for (const p of ['--bg', '--fg', '--muted', '--line', '--accent', '--accent-fg', '--card', '--link', '--focus'])
    assert.match(css, `${p}:#`);
});
t.run();
