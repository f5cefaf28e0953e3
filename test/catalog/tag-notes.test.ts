import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatTagNote, oneEditApart, tagNotes, type TaggedStory } from '../../scripts/catalog/tag-notes.ts';
import { tempDir } from '../helpers/archive.ts';

const edit = suite('oneEditApart (code points: a vowel sign or a nukta is one)');
const pairs: Array<[string, string, boolean]> = [
  ['डेंगू', 'डेंगु', true], // ू → ु, a substitution
  ['पुलिस', 'पुलीस', true],
  ['किसान', 'किसानों', false], // two code points added
  ['चुनाव', 'चुनावी', true], // one added at the end
  ['अस्पताल', 'अस्पाताल', true], // one added inside
  ['सड़क', 'सडक', true], // nukta dropped
  ['abcd', 'abdc', false], // a transposition is two edits
  ['जालोर', 'जालोर', false], // the same string is no edit
  ['बाड़मेर', 'बीकानेर', false],
];
for (const [a, b, expected] of pairs) edit(`${a} / ${b}`, () => assert.is(oneEditApart([...a], [...b]), expected));
edit.run();

const notes = suite('tagNotes');
let n = 0;
const story = (...tags: string[]): TaggedStory => ({ sourcePath: `content/articles/2026/11/s${String(n++).padStart(3, '0')}.md`, tags });
const common = (tag: string, count: number) => Array.from({ length: count }, () => story(tag));

notes('a tag on one story, one edit from a tag on at least 3, gets a note', () => {
  const rare = story('डेंगु', 'अस्पताल');
  const found = tagNotes([...common('डेंगू', 3), rare]);
  assert.equal(
    found.map((x) => [x.story, x.tag, x.suggestion, x.uses]),
    [[rare, 'डेंगु', 'डेंगू', 3]],
  );
});

notes('no note when the common tag is on too few stories, or the rare one on two', () => {
  assert.equal(tagNotes([...common('डेंगू', 2), story('डेंगु')]), []);
  assert.equal(tagNotes([...common('डेंगू', 3), story('डेंगु'), story('डेंगु')]), []);
  assert.is(tagNotes([...common('डेंगू', 2), story('डेंगु')], { minUses: 2 }).length, 1);
});

notes('spellings that fold together are one tag already, not a misspelling', () => {
  assert.equal(tagNotes([...common('सड़क', 3), story('सडक')]), []);
});

notes('numbered and short tags differ by a letter on purpose', () => {
  assert.equal(tagNotes([...common('चुनाव 2024', 3), story('चुनाव 2023')]), []);
  assert.equal(tagNotes([...common('IPL', 3), story('IPO')]), []);
});

notes('tags two edits away are left alone', () => {
  assert.equal(tagNotes([...common('किसान', 3), story('किसानों')]), []);
});

notes('the suggestion is the most used of the near tags, in its most used spelling', () => {
  const found = tagNotes([...common('पुलिस', 4), ...common('पुलिसी', 3), story('पुलीस')]);
  assert.is(found.length, 1);
  assert.is(found[0]!.suggestion, 'पुलिस');
  assert.is(found[0]!.uses, 4);
});

notes('notes come in file order', () => {
  const [b, a] = [story('डेंगु'), story('पुलीस')];
  const found = tagNotes([...common('डेंगू', 3), ...common('पुलिस', 3), a, b]);
  assert.equal(
    found.map((x) => x.story),
    [b, a],
  );
});
notes.run();

const format = suite('formatTagNote');
format('names the file and the line of the tag, and says what to write', () => {
  const dir = tempDir();
  const path = join(dir, 'khabar.md');
  writeFileSync(path, '---\ntitle: डेंगु पर नई ख़बर\ndate: 2026-11-20\ntags:\n  - अस्पताल\n  - डेंगु\n---\nडेंगु के मामले बढ़े।\n');
  const note = { story: { sourcePath: path, tags: ['अस्पताल', 'डेंगु'] }, tag: 'डेंगु', suggestion: 'डेंगू', uses: 12 };
  const line = formatTagNote(note, 'en');
  assert.is(
    line,
    `${path}:6: note: the tag "डेंगु" is on this story only, "डेंगू" is on 12 — if they are the same topic, write "डेंगू" so that the story is listed on its topic page`,
  );
  assert.is(
    formatTagNote(note, 'hi'),
    `${path}:6: सुझाव: टैग "डेंगु" सिर्फ़ इसी ख़बर में है, जबकि "डेंगू" 12 ख़बरों में — अगर विषय एक ही है तो "डेंगू" लिखें, ताकि ख़बर उस विषय के पन्ने पर दिखे`,
  );
});
format('a file that went away is still named', () => {
  const line = formatTagNote({ story: { sourcePath: '/nowhere/x.md', tags: [] }, tag: 'डेंगु', suggestion: 'डेंगू', uses: 3 }, 'en');
  assert.match(line, /^\/nowhere\/x\.md: note: /);
});
format.run();
