import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { laterIso } from '../../scripts/content/corrections.ts';
import { assertRefused, loadStory } from '../helpers/one-story.ts';

const story = (extra: string) =>
  `---\ntitle: नहर में पानी\ndate: 2026-11-20 09:00\ncategory: rajniti\nauthor: ravi-joshi\ndistrict: jalore\n${extra}---\nपाठ।\n`;

const load = (extra: string) => loadStory(story(extra));

const ok = suite('correction: accepted');
// [name, front-matter, correction dates, updated (dateModified)]
const accepted: Array<[string, string, string[], string | undefined]> = [
  ['none', '', [], undefined],
  [
    'one, as a mapping',
    'correction: { date: 2026-11-21 10:00, text: "सड़क की लंबाई 12 नहीं, 21 किलोमीटर है।" }\n',
    ['2026-11-21T10:00:00.000+05:30'],
    '2026-11-21T10:00:00.000+05:30',
  ],
  [
    'one, as a block mapping',
    'correction:\n  date: 2026-11-21 10:00\n  text: सरपंच का नाम ठीक किया गया।\n',
    ['2026-11-21T10:00:00.000+05:30'],
    '2026-11-21T10:00:00.000+05:30',
  ],
  [
    'two, oldest first; the later one is dateModified over an earlier updated',
    'updated: 2026-11-20 12:00\ncorrection:\n  - date: 2026-11-21 10:00\n    text: पहला सुधार।\n  - date: 2026-11-22\n    text: दूसरा सुधार।\n',
    ['2026-11-21T10:00:00.000+05:30', '2026-11-22T00:00:00.000+05:30'],
    '2026-11-22T00:00:00.000+05:30',
  ],
  [
    'updated later than the correction stays',
    'updated: 2026-11-23\ncorrection: { date: 2026-11-21, text: सुधार। }\n',
    ['2026-11-21T00:00:00.000+05:30'],
    '2026-11-23T00:00:00.000+05:30',
  ],
  [
    'on the minute of publication',
    'correction: { date: 2026-11-20 09:00, text: सुधार। }\n',
    ['2026-11-20T09:00:00.000+05:30'],
    '2026-11-20T09:00:00.000+05:30',
  ],
];
for (const [name, extra, dates, updated] of accepted) {
  ok(name, () => {
    const { errors, record } = load(extra);
    assert.equal(
      errors.map((e) => e.format()),
      [],
    );
    assert.equal(
      record!.corrections.map((c) => c.date),
      dates,
    );
    assert.is(record!.updated, updated);
  });
}
ok('laterIso', () => {
  assert.is(laterIso(undefined, 'b'), 'b');
  assert.is(laterIso('2026-11-21T10:00:00.000+05:30', '2026-11-21T09:00:00.000+05:30'), '2026-11-21T10:00:00.000+05:30');
});
ok.run();

const bad = suite('correction: refused, at the line, with a hint');
// [name, front-matter, message part, line, hint part]
const refused: Array<[string, string, string, number, string]> = [
  ['before the story', 'correction: { date: 2026-11-19, text: सुधार। }\n', "earlier than the story's date", 7, 'on or after'],
  ['an impossible date', 'correction: { date: 2026-11-31, text: सुधार। }\n', 'correction date:', 7, '2026-11-21 10:00'],
  ['no text', 'correction: { date: 2026-11-21 }\n', 'correction text is missing', 7, ''],
  ['an empty text', 'correction: { date: 2026-11-21, text: "" }\n', 'correction text is empty', 7, ''],
  ['just a sentence', 'correction: सड़क की लंबाई ग़लत थी।\n', 'a correction is written as { date', 7, ''],
  ['an unknown key', 'correction: { date: 2026-11-21, text: सुधार।, by: ravi }\n', 'a correction is written as { date', 7, ''],
  [
    'newest first',
    'correction:\n  - date: 2026-11-22\n    text: दूसरा।\n  - date: 2026-11-21\n    text: पहला।\n',
    'older than the one above it',
    10,
    'oldest first',
  ],
  [
    'the second of a list before the story',
    'correction:\n  - date: 2026-11-21\n    text: क।\n  - date: 2026-11-01\n    text: ख।\n',
    "earlier than the story's date",
    10,
    '',
  ],
  ['an empty list', 'correction: []\n', 'correction is an empty list', 7, ''],
];
for (const [name, extra, message, line, hint] of refused) {
  bad(name, () => assertRefused(load(extra), message, line, hint));
}
bad.run();
