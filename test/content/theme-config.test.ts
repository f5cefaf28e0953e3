import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { siteIssueMessage } from '../../scripts/content/site-issues.ts';
import { english } from '../helpers/english.ts';
import { contrast, DEFAULT_COLORS, DEFAULT_DARK_COLORS, resolveColors, themeSchema } from '../../scripts/content/theme-config.ts';

const t = suite('theme in site.json');
t('defaults: the sample palette, the Noto font, no logo; both palettes readable', () => {
  const theme = themeSchema.parse({});
  assert.equal([theme.font, theme.logo], ['noto', undefined]);
  const { light, dark, problems } = resolveColors(theme);
  assert.equal([light, dark, problems], [{ ...DEFAULT_COLORS }, DEFAULT_DARK_COLORS, []]);
});
t('a colour set for light only leaves dark at its default', () => {
  const { light, dark } = resolveColors(themeSchema.parse({ colors: { accent: '#0a5c36' } }));
  assert.is(light.accent, '#0a5c36');
  assert.is(dark.accent, DEFAULT_DARK_COLORS.accent);
});
const BAD: Array<[string, unknown, string]> = [
  ['not a hex colour', { colors: { accent: 'red' } }, 'a colour is written as #rrggbb'],
  ['an unknown role', { colors: { accentColour: '#000000' } }, 'accentColour'],
  ['faint text', { colors: { text: '#bbbbbb' } }, 'text #bbbbbb on background #fdfcf9 has a contrast of 1.9:1'],
  ['faint dark link', { dark: { link: '#333333' } }, 'link #333333 on background #161513'],
  ['a white button label on a pale accent', { colors: { accent: '#f4c542' } }, 'accentText #ffffff on accent #f4c542'],
  ['an unknown font', { font: 'comic' }, 'font'],
  ['a logo taller than the header row', { logo: { src: '/assets/logo.png', width: 80, height: 80 } }, 'height'],
  [
    'a logo off the site',
    { logo: { src: 'https://cdn.example/logo.png', width: 40, height: 40 } },
    'theme.logo.src must be a path on this site',
  ],
];
for (const [name, input, message] of BAD)
  t(`refused: ${name}`, () => {
    const r = themeSchema.safeParse(input);
    assert.not.ok(r.success);
    // A schema message may be a message id (messages-site.ts): compare its English text.
    const text = r.error!.issues.map((i) => `${i.path.join('.')}: ${english(siteIssueMessage(i))}`).join('\n');
    assert.match(text, message);
  });
t('contrast follows WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
  assert.is(Number(contrast('#000000', '#ffffff').toFixed(1)), 21);
  assert.is(contrast('#a3261b', '#a3261b'), 1);
});
t.run();
