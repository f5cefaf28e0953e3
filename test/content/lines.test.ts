import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { lineOfOffset, lineOfText, yamlKeyOf } from '../../scripts/content/lines.ts';

const key = suite('yamlKeyOf');
const keys: Array<[string, string | undefined]> = [
  ['title: ख़बर', 'title'],
  ['  title  :  ख़बर', 'title'],
  ['शीर्षक: ख़बर', 'शीर्षक'],
  ['"(a+)+b": x', '(a+)+b'],
  ['"(": x', '('],
  ['"a: b": x', 'a: b'],
  ["'it''s': x", "it's"],
  ['"say \\"hi\\"": x', 'say "hi"'],
  ['"ti\\u0007tle": x', 'title'],
  ['"\\x41": x', '\\x41'],
  ['  aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', undefined],
  ['"unclosed: x', undefined],
  ['"quoted" but no colon', undefined],
  ['', undefined],
];
for (const [line, expected] of keys) key(JSON.stringify(line), () => assert.is(yamlKeyOf(line), expected));

const where = suite('lineOfOffset / lineOfText');
where('counts newlines', () => {
  assert.is(lineOfOffset('a\nb\nc', 4), 3);
  assert.is(lineOfText('a\n"url": x', '"url"'), 2);
  assert.is(lineOfText('a', 'zz'), 0);
});

key.run();
where.run();
