import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assertRefused, loadStory } from '../helpers/one-story.ts';

const SOURCES = '[{ "slug": "agency", "name": "एजेंसी" }, { "slug": "desk", "name": "डेस्क" }]';
const story = (byline: string) => `---\ntitle: नहर में पानी\ndate: 2026-11-20\ncategory: rajniti\n${byline}district: jalore\n---\nपाठ।\n`;

const load = (byline: string, sources = true) => loadStory(story(byline), sources ? { '_data/sources.json': SOURCES } : {});

const ok = suite('bylines: accepted');
const accepted: Array<[string, string, string[], string | undefined]> = [
  ['one author by slug', 'author: ravi-joshi\n', ['ravi-joshi'], undefined],
  ['one author by Hindi name', 'author: आशा मीणा\n', ['asha-meena'], undefined],
  ['a list on one line', 'author: [ravi-joshi, asha-meena]\n', ['ravi-joshi', 'asha-meena'], undefined],
  ['a list one per line', 'author:\n  - asha-meena\n  - रवि जोशी\n', ['asha-meena', 'ravi-joshi'], undefined],
  ['a source alone', 'source: एजेंसी\n', [], 'agency'],
  ['an author and a source', 'author: ravi-joshi\nsource: desk\n', ['ravi-joshi'], 'desk'],
];
for (const [name, byline, authors, source] of accepted) {
  ok(name, () => {
    const { errors, record } = load(byline);
    assert.equal(
      errors.map((e) => e.format()),
      [],
    );
    assert.equal(
      record!.authors.map((a) => a.slug),
      authors,
    );
    assert.is(record!.source?.slug, source);
  });
}
ok.run();

const bad = suite('bylines: refused, at the line, with a hint');
// [name, front-matter lines, sources.json present, message, line, hint]
const refused: Array<[string, string, boolean, string, number, string]> = [
  ['neither author nor source', '', true, 'author is missing', 1, 'or "source: …"'],
  [
    'an unknown author in a block list',
    'author:\n  - ravi-joshi\n  - asha-mina\n',
    true,
    'unknown author "asha-mina"',
    7,
    'did you mean "asha-meena"',
  ],
  [
    'an unknown author in a flow list',
    'author: [ravi-joshi, rvi-joshi]\n',
    true,
    'unknown author "rvi-joshi"',
    5,
    'did you mean "ravi-joshi"',
  ],
  ['an author named twice', 'author: [ravi-joshi, रवि जोशी]\n', true, 'author "रवि जोशी" is named twice', 5, 'once'],
  ['an empty list', 'author: []\n', true, 'author is an empty list', 5, ''],
  ['an empty name in a list', 'author:\n  - ravi-joshi\n  - ""\n', true, 'an item of author is empty', 7, ''],
  ['a number', 'author: 42\n', true, 'author must be', 5, ''],
  ['an unknown source', 'source: एजंसी\n', true, 'unknown source "एजंसी"', 5, 'did you mean "agency"'],
  [
    'a source without sources.json',
    'source: एजेंसी\n',
    false,
    'unknown source "एजेंसी"',
    5,
    'declare the agency or desk in _data/sources.json',
  ],
  ['an empty source', 'source: ""\n', true, 'source is empty', 5, 'write a value'],
];
for (const [name, byline, sources, message, line, hint] of refused) {
  bad(name, () => assertRefused(load(byline, sources), message, line, hint));
}
bad.run();
