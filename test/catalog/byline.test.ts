import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { bylineNames, bylineText } from '../../scripts/catalog/byline.ts';

const ravi = { slug: 'ravi-joshi', name: 'रवि जोशी' };
const asha = { slug: 'asha-meena', name: 'आशा मीणा' };
const kavita = { slug: 'kavita-sharma', name: 'कविता शर्मा' };
const agency = { slug: 'agency', name: 'एजेंसी' };

const byline = suite('bylineNames');
const table: Array<[string, ReturnType<typeof bylineNames>, string]> = [
  ['one author', bylineNames([ravi]), 'रवि जोशी'],
  ['two authors', bylineNames([ravi, asha]), 'रवि जोशी और आशा मीणा'],
  ['three authors', bylineNames([ravi, asha, kavita]), 'रवि जोशी, आशा मीणा और कविता शर्मा'],
  ['an agency alone', bylineNames([], agency), 'एजेंसी'],
  ['an author and an agency', bylineNames([ravi], agency), 'रवि जोशी और एजेंसी'],
];
for (const [name, names, text] of table) byline(`${name}: ${text}`, () => assert.is(bylineText(names), text));

byline('people link to their page; an agency has none', () => {
  assert.equal(bylineNames([ravi, asha], agency), [
    { before: '', name: 'रवि जोशी', url: '/lekhak/ravi-joshi/' },
    { before: ', ', name: 'आशा मीणा', url: '/lekhak/asha-meena/' },
    { before: ' और ', name: 'एजेंसी' },
  ]);
});
byline.run();
