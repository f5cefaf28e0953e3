import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { assertRefused, loadStory } from '../helpers/one-story.ts';

const story = (extra: string) =>
  `---\ntitle: नहर टूटी\ndate: 2026-11-20 09:00\ncategory: rajniti\nauthor: ravi-joshi\ndistrict: jalore\n${extra}---\nपाठ।\n`;

const load = (extra: string) => loadStory(story(extra));

const ok = suite('featured, breaking: accepted');
// [name, front-matter, featured, breakingUntil]
const accepted: Array<[string, string, boolean, string | undefined]> = [
  ['neither', '', false, undefined],
  ['featured', 'featured: true\n', true, undefined],
  ['featured: false', 'featured: false\n', false, undefined],
  ['breaking with an end', 'breaking: true\nbreaking_until: 2026-11-20 18:00\n', false, '2026-11-20T18:00:00.000+05:30'],
  ['breaking: false alone', 'breaking: false\n', false, undefined],
  ['both flags', 'featured: true\nbreaking: true\nbreaking_until: 2026-11-21\n', true, '2026-11-21T00:00:00.000+05:30'],
];
for (const [name, extra, featured, until] of accepted) {
  ok(name, () => {
    const { errors, record } = load(extra);
    assert.equal(
      errors.map((e) => e.format()),
      [],
    );
    assert.is(record!.fm.featured, featured);
    assert.is(record!.breakingUntil, until);
  });
}
ok.run();

const bad = suite('featured, breaking: refused, at the line, with a hint');
// [name, front-matter, message part, line, hint part]
const refused: Array<[string, string, string, number, string]> = [
  ['breaking without an end', 'breaking: true\n', 'breaking: true has no breaking_until', 7, 'breaking_until: 2026-11-21 18:00'],
  ['an end without breaking', 'breaking_until: 2026-11-20 18:00\n', 'breaking_until without breaking: true', 7, 'add "breaking: true"'],
  ['an end with breaking: false', 'breaking: false\nbreaking_until: 2026-11-20 18:00\n', 'breaking_until without breaking: true', 8, ''],
  ['an end before the story', 'breaking: true\nbreaking_until: 2026-11-20 08:00\n', "earlier than the story's date", 8, 'Indian time'],
  ['an impossible end', 'breaking: true\nbreaking_until: 2026-11-31\n', 'breaking_until:', 8, '2026-11-21 18:00'],
  ['featured as text', 'featured: हाँ\n', 'featured must be true or false', 7, ''],
  ['breaking as text', 'breaking: "true"\nbreaking_until: 2026-11-21\n', 'breaking must be true or false', 7, ''],
];
for (const [name, extra, message, line, hint] of refused) {
  bad(name, () => assertRefused(load(extra), message, line, hint));
}
bad.run();
