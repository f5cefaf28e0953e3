import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadContent } from '../../scripts/content/index.ts';
import { rootFileProblem } from '../../scripts/content/root-files.ts';
import { copyArchive } from '../helpers/archive.ts';

const google = suite("rootFileProblem: Google's verification file is exactly its one line");
const NAME = 'google0123456789abcdef.html';
const CASES: Array<[string, string, string, boolean]> = [
  ['the line', NAME, `google-site-verification: ${NAME}`, true],
  ['the line and a newline', NAME, `google-site-verification: ${NAME}\n`, true],
  ['the line and CRLF', NAME, `google-site-verification: ${NAME}\r\n`, true],
  ['another file name in it', NAME, 'google-site-verification: google99.html', false],
  ['a script after the line', NAME, `google-site-verification: ${NAME}\n<script>alert(1)</script>`, false],
  ['a page', NAME, '<!doctype html><title>x</title>', false],
  ['empty', NAME, '', false],
  ['ads.txt is not checked by content', 'ads.txt', '<script>', true],
];
for (const [name, file, text, ok] of CASES) {
  google(name, () => assert.is(rootFileProblem(file, Buffer.from(text)) === undefined, ok));
}
google.run();

const load = suite('loadContent: root/ files are reported with their path');
load('a bad verification file, robots.txt and a service worker, every one at once', () => {
  const dir = copyArchive({
    [`root/${NAME}`]: '<script>alert(1)</script>',
    'root/robots.txt': 'User-agent: *\n',
    'root/sw.js': 'self.addEventListener("push", () => {});\n',
    'root/ads.txt': 'google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n',
  });
  const errors = loadContent(dir).errors.map((e) => e.format({ lang: 'en' }).replace(`${dir}/`, ''));
  assert.equal(errors.sort(), [
    `root/${NAME}:1: this is not Google's verification file: it must hold one line and nothing else — download the file again from Search Console, or write exactly "google-site-verification: ${NAME}"`,
    'root/robots.txt: the build writes /robots.txt itself — remove this file; change the site settings instead',
    'root/sw.js: a script at the site root (a service worker) is code, not content — a service worker belongs in layouts/ as reviewed code; ask the site developers to add it there',
  ]);
});
load.run();
