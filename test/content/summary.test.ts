import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { storySummary } from '../../scripts/content/summary.ts';

const summary = suite('storySummary: what a story card shows under its title');

const long =
  'बाड़मेर जिले के गांवों में इस बार बाजरे की फसल अच्छी हुई है और किसान मंडी में ऊंचे भाव की उम्मीद कर रहे हैं, पर व्यापारी कहते हैं कि आवक बढ़ने से भाव नरम रह सकते हैं जब तक सरकारी खरीद शुरू नहीं होती';
const cases: Array<[string, string | undefined, string, string]> = [
  ['the summary written in the front-matter wins', 'जैसलमेर में पानी की नई पाइपलाइन', 'पहला अनुच्छेद।', 'जैसलमेर में पानी की नई पाइपलाइन'],
  ['an empty written summary gives way to the body', '', 'पाली में मेला लगा।\n\nदूसरा अनुच्छेद।', 'पाली में मेला लगा।'],
  [
    'only the first paragraph, its Markdown removed',
    undefined,
    '\n\n**सीकर** में [बारिश](https://example.org) हुई।\n\nफिर धूप।',
    'सीकर में बारिश हुई।',
  ],
  ['a long paragraph is cut at a word', undefined, long, `${long.slice(0, long.slice(0, 160).lastIndexOf(' '))}…`],
  ['a body of blank lines has none', undefined, '\n  \n', ''],
];
for (const [name, written, body, expected] of cases) summary(name, () => assert.is(storySummary(written, body), expected));

summary.run();
