import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { loadOldUrls, oldUrlKey, parseOldUrlTarget } from '../../scripts/content/old-urls.ts';
import { copyArchive } from '../helpers/archive.ts';

const key = suite('oldUrlKey');

const KEYS: Array<[string, string | undefined]> = [
  ['/category/khel/', '/category/khel/'],
  ['/Category/Khel', '/category/khel/'],
  ['/category/%E0%A4%96%E0%A5%87%E0%A4%A4%E0%A5%80/', '/category/खेती/'],
  ['/category/%e0%a4%96%e0%a5%87%e0%a4%a4%e0%a5%80/', '/category/खेती/'],
  ['/2019/05/purani-khabar.html', '/2019/05/purani-khabar.html'],
  ['/?p=123', '/?p=123'],
  ['/index.php?page_id=7&preview=true', '/?page_id=7'],
  ['/?tag=%E0%A4%AA%E0%A4%BE%E0%A4%A8%E0%A5%80', '/?tag=पानी'],
  ['/?s=nahar', undefined],
  ['/khabar/?p=12', undefined],
  ['/a#b', undefined],
  ['category/khel/', undefined],
];
for (const [input, expected] of KEYS) key(`${input} → ${expected}`, () => assert.is(oldUrlKey(input), expected));

key('parseOldUrlTarget takes files of articles/ and pages/ and listings, nothing outside', () => {
  assert.equal(parseOldUrlTarget('articles/2019/05/x.md'), { kind: 'file', file: 'articles/2019/05/x.md' });
  assert.equal(parseOldUrlTarget('topic:बिजली'), { kind: 'topic', value: 'बिजली' });
  assert.equal(parseOldUrlTarget('districts'), { kind: 'districts' });
  for (const bad of ['articles/../../etc/passwd.md', 'images/x.jpg', 'category:', 'lekhak:x', '/khel/', 'districts:x'])
    assert.is(parseOldUrlTarget(bad), undefined, bad);
});

key.run();

const load = suite('loadOldUrls');

load('no file: no entries and no problems', () => {
  const dir = copyArchive();
  const errors: ContentError[] = [];
  assert.equal(loadOldUrls(dir, loadSiteData(dir, []), errors), []);
  assert.equal(errors, []);
});

load('every problem of the file at its line; good entries kept', () => {
  const text = [
    '{',
    '  "/?p=5": "articles/2026/11/mandi-bhav.md",',
    '  "/Category/Khel/": "category:khel",',
    '  "/tag/x/": "lekhak:ravi-joshi",',
    '  "/author/y/": "author:nobody",',
    '  "/category/khel/": "category:khel"',
    '}',
  ].join('\n');
  const dir = copyArchive({ '_data/wordpress-redirects.json': text });
  const errors: ContentError[] = [];
  const entries = loadOldUrls(dir, loadSiteData(dir, []), errors);
  assert.equal(
    entries.map((e) => [e.from, e.line]),
    [
      ['/?p=5', 2],
      ['/category/khel/', 6],
    ],
  );
  assert.equal(
    errors.map((e) => [e.line, e.message]),
    [
      [3, '"/Category/Khel/" is not an old address this file can hold'],
      [4, '"/tag/x/" points to "lekhak:ravi-joshi"'],
      [5, '"/author/y/" points to the author "nobody", which _data/ does not have'],
    ],
  );
  assert.is(errors[0]!.hint, 'write it as "/category/khel/"');
});

load('a file that is not an object is one problem, not a crash', () => {
  for (const text of ['[1, 2]', '{ "a": ']) {
    const dir = copyArchive({ '_data/wordpress-redirects.json': text });
    const errors: ContentError[] = [];
    assert.equal(loadOldUrls(dir, loadSiteData(dir, []), errors), []);
    assert.is(errors.length, 1, text);
  }
});

load.run();
