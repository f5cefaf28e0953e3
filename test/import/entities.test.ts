import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { plainText } from '../../scripts/import/entities.ts';

const plain = suite('plainText');

const CASES: Array<[string, string]> = [
  ['जालोर &amp; सांचौर', 'जालोर & सांचौर'],
  ['मेला &#8211; पहला दिन', 'मेला – पहला दिन'],
  ['&#x201C;पानी दो&#x201D;', '“पानी दो”'],
  ['<p>नहर&nbsp;में <strong>पानी</strong></p>', 'नहर में पानी'],
  ['&unknown; &#0; &#xD800;', '&unknown; &#0; &#xD800;'],
];

for (const [html, expected] of CASES) plain(html, () => assert.is(plainText(html), expected));

plain.run();
