import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { authorNicenames, loginNicename, sanitizeTitle } from '../../scripts/import/nicename.ts';

const one = suite('loginNicename: a login as WordPress saves its user_nicename');
// Logins as newsrooms make them. WordPress lowers the case, turns dots and spaces into hyphens, keeps
// underscores and hyphens, drops @ and other signs, and percent-encodes letters it cannot spell in ASCII.
const LOGINS: Array<[string, string]> = [
  ['sunita', 'sunita'],
  ['Mahesh.Joshi', 'mahesh-joshi'],
  ['deepa purohit', 'deepa-purohit'],
  ['Ankit_Sharma', 'ankit_sharma'],
  ['ramlal@sirohi-khabar.example', 'ramlalsirohi-khabar-example'],
  ['desk.jalore@gmail.com', 'desk-jaloregmail-com'],
  ['  Bhanwar   Lal  ', 'bhanwar-lal'],
  ['r.k..sharma', 'r-k-sharma'],
  ['-reporter-', 'reporter'],
  ['admin2019', 'admin2019'],
  ['José', 'jose'],
  ['Zoë.Müller', 'zoe-muller'],
  ['रवि', '%e0%a4%b0%e0%a4%b5%e0%a4%bf'],
  ['ravi रवि', 'ravi-%e0%a4%b0%e0%a4%b5%e0%a4%bf'],
  ["o'neil+news", 'oneilnews'],
  ['a–b—c', 'a-b-c'],
  ['100%', '100'],
  [`${'k'.repeat(60)}`, 'k'.repeat(50)],
];
for (const [login, nicename] of LOGINS) one(`${JSON.stringify(login)} → ${nicename}`, () => assert.is(loginNicename(login), nicename));
one('sanitizeTitle leaves a valid escape and drops markup and entities', () => {
  assert.is(sanitizeTitle('<b>Ram</b>&amp;Lal %e0%a4%b0'), 'ramlal-%e0%a4%b0');
});

const many = suite('authorNicenames: collisions in the order the users were made');
many('a later user whose login gives a taken nicename gets -2, then -3 (by user id, not export order)', () => {
  const got = authorNicenames([
    { id: '9', login: 'mahesh-joshi' },
    { id: '2', login: 'Mahesh.Joshi' },
    { id: '12', login: 'Mahesh Joshi' },
    { id: '3', login: 'deepa' },
  ]);
  assert.equal(Object.fromEntries(got), {
    'Mahesh.Joshi': 'mahesh-joshi',
    deepa: 'deepa',
    'mahesh-joshi': 'mahesh-joshi-2',
    'Mahesh Joshi': 'mahesh-joshi-3',
  });
});
many('the suffix keeps the whole within 50 characters', () => {
  const long = 'k'.repeat(55);
  const got = authorNicenames([
    { id: '1', login: long },
    { id: '2', login: `${long}x` },
  ]);
  assert.is(got.get(`${long}x`), `${'k'.repeat(48)}-2`);
  assert.is(got.get(`${long}x`)!.length, 50);
});

one.run();
many.run();
