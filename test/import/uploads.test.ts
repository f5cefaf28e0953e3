import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { uploadsResolver } from '../../scripts/import/uploads.ts';
import { tempDir } from '../helpers/archive.ts';

const SITE = 'https://marudhar.example/wp-content/uploads';

function setup() {
  const uploads = tempDir();
  const content = tempDir();
  for (const f of ['2025/03/nahar.jpg', '2025/03/ऊँट मेला.png', 'notes.txt', '2025/04/mandi-1024x768.jpg']) {
    mkdirSync(join(uploads, f, '..'), { recursive: true });
    writeFileSync(join(uploads, f), `picture ${f}`);
  }
  writeFileSync(join(content, 'secret.jpg'), 'not an upload');
  const copied = new Set<string>();
  return { uploads, content, copied, resolve: uploadsResolver(uploads, content, copied) };
}

const uploads = suite('uploadsResolver');

const CASES: Array<[string, string | null]> = [
  [`${SITE}/2025/03/nahar.jpg`, '/images/wordpress/2025/03/nahar.jpg'],
  [`${SITE}/2025/03/%E0%A4%8A%E0%A4%81%E0%A4%9F%20%E0%A4%AE%E0%A5%87%E0%A4%B2%E0%A4%BE.png`, '/images/wordpress/2025/03/unt-mela.png'],
  [`${SITE}/2025/03/missing.jpg`, null],
  [`${SITE}/notes.txt`, null],
  [`${SITE}/../../secret.jpg`, null],
  [`${SITE}/2025/%2e%2e/%2e%2e/secret.jpg`, null],
  ['https://elsewhere.example/pic.jpg', null],
  [`${SITE}/2025/03/nahar-300x200.jpg`, '/images/wordpress/2025/03/nahar.jpg'],
  [`${SITE}/2025/04/mandi-1024x768.jpg`, '/images/wordpress/2025/04/mandi-1024x768.jpg'],
  [`${SITE}/2025/04/gayab-300x200.jpg`, null],
];

uploads(
  'an upload is copied under images/wordpress/ with an ASCII name, a resized copy as its original when there; anything else is null',
  () => {
    const { content, copied, resolve } = setup();
    for (const [url, expected] of CASES) assert.is(resolve(url), expected, url);
    assert.equal([...copied].sort(), [
      'wordpress/2025/03/nahar.jpg',
      'wordpress/2025/03/unt-mela.png',
      'wordpress/2025/04/mandi-1024x768.jpg',
    ]);
    assert.is(readFileSync(join(content, 'images/wordpress/2025/03/nahar.jpg'), 'utf8'), 'picture 2025/03/nahar.jpg');
    assert.not.ok(existsSync(join(content, 'images/wordpress/secret.jpg')));
  },
);

uploads('a picture already copied is not copied again', () => {
  const { uploads: dir, content } = setup();
  const first = new Set<string>();
  uploadsResolver(dir, content, first)(`${SITE}/2025/03/nahar.jpg`);
  const second = new Set<string>();
  uploadsResolver(dir, content, second)(`${SITE}/2025/03/nahar.jpg`);
  assert.is(first.size, 1);
  assert.is(second.size, 0);
});

uploads.run();
