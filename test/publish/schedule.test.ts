import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { decideScheduled, formatMarker, parseMarker } from '../../scripts/publish/schedule.ts';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');
const SHA = 'a'.repeat(40);
const OTHER = 'b'.repeat(40);
const t = (iso: string) => Date.parse(iso);

const marker = suite('deploy marker');
marker('a marker reads back as written, to the second', () => {
  const m = { sha: SHA, builtAt: t('2026-12-03T08:00:00.900Z') };
  assert.equal(parseMarker(formatMarker(m)), { sha: SHA, builtAt: t('2026-12-03T08:00:00Z') });
});
for (const bad of ['', 'garbage', `${SHA}`, `${SHA.slice(1)} 1700000000`, `${SHA} soon`, `${SHA} 1 2`])
  marker(`not a marker: ${JSON.stringify(bad)}`, () => assert.is(parseMarker(bad), undefined));
marker.run();

const decide = suite('decideScheduled (a fixed clock)');
const last = { sha: SHA, builtAt: t('2026-12-03T08:00:00Z') };
const now = t('2026-12-03T08:15:00Z');
const CASES: Array<[string, Parameters<typeof decideScheduled>[0], { deploy: boolean; code: boolean }, RegExp]> = [
  ['no marker: everything', { marker: undefined, sha: SHA, times: [], now }, { deploy: true, code: true }, /no record/],
  [
    'another commit is live: everything',
    { marker: last, sha: OTHER, times: [], now },
    { deploy: true, code: true },
    /aaaaaaa, not bbbbbbb/,
  ],
  [
    'nothing new',
    { marker: last, sha: SHA, times: [t('2026-12-01T00:00:00Z'), t('2027-01-01T00:00:00Z')], now },
    { deploy: false, code: false },
    /nothing/,
  ],
  [
    'a story due between the build and now',
    { marker: last, sha: SHA, times: [t('2026-12-03T08:10:00Z')], now },
    { deploy: true, code: false },
    /1 scheduled change .*08:10/,
  ],
  ['a story due exactly now', { marker: last, sha: SHA, times: [now], now }, { deploy: true, code: false }, /1 scheduled/],
  [
    'a story at the build clock was already built',
    { marker: last, sha: SHA, times: [last.builtAt], now },
    { deploy: false, code: false },
    /nothing/,
  ],
  [
    'two due, the first named',
    { marker: last, sha: SHA, times: [t('2026-12-03T08:12:00Z'), t('2026-12-03T08:01:00Z')], now },
    { deploy: true, code: false },
    /2 scheduled changes .*08:01/,
  ],
];
for (const [name, opts, expected, reason] of CASES)
  decide(name, () => {
    const d = decideScheduled(opts);
    assert.equal({ deploy: d.deploy, code: d.code }, expected);
    assert.match(d.reason, reason);
  });
decide.run();

// The fixture archive has a story dated 2099-01-01 (IST midnight: 2098-12-31T18:30Z) and a draft dated 2026-11-20.
const cli = suite('due-check.ts on the fixture archive');
function run(builtAt: string, nowIso: string, sha = SHA): string {
  const dir = mkdtempSync(join(tmpdir(), 'due-'));
  try {
    writeFileSync(join(dir, 'marker'), formatMarker({ sha: SHA, builtAt: t(builtAt) }));
    const args = ['--content', join(ROOT, 'test/fixtures/archive'), '--marker', join(dir, 'marker'), '--sha', sha, '--now', nowIso];
    const r = spawnSync(process.execPath, [require.resolve('tsx/cli'), join(ROOT, 'scripts/publish/due-check.ts'), ...args], {
      encoding: 'utf8',
    });
    assert.is(r.status, 0, r.stderr);
    return r.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
cli('a future story that became due deploys without the code tests', () => {
  assert.is(run('2098-12-31T18:20:00Z', '2098-12-31T18:35:00Z'), 'deploy=true\ncode=false\n');
});
cli('ten minutes before it is due: nothing to do', () => {
  assert.is(run('2098-12-31T18:05:00Z', '2098-12-31T18:20:00Z'), 'deploy=false\ncode=false\n');
});
cli('a draft never becomes due', () => {
  assert.is(run('2026-11-19T18:20:00Z', '2026-11-19T18:35:00Z'), 'deploy=false\ncode=false\n');
});
cli('a commit that is not live: everything', () => {
  assert.is(run('2098-12-31T18:05:00Z', '2098-12-31T18:20:00Z', OTHER), 'deploy=true\ncode=true\n');
});
cli.run();
