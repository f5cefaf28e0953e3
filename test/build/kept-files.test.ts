import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { KeptFiles } from '../../scripts/build/kept-files.ts';
import { keepUnchanged } from '../../scripts/build/output-diff.ts';
import { clearStale, type PreviousSite } from '../../scripts/build/previous-site.ts';
import { digestOf, readWritten, recordWritten, type WrittenFile } from '../../scripts/build/written-files.ts';
import { tempDir } from '../helpers/archive.ts';

const kept = suite('KeptFiles: the files beside the pages kept when a merge writes the same bytes');

const OLD = new Date('2026-11-20T10:00:00Z');
const FEED = '<feed>बाड़मेर की ख़बरें</feed>\n';
const REDIRECT = '<p>यह ख़बर नए पते पर है: जालोर</p>\n';

/** A previous site: `files` written as its build left them (a day old), and a page. */
function previous(files: Record<string, string>): { dir: string; record: Map<string, WrittenFile> } {
  const dir = tempDir();
  const record = new Map<string, WrittenFile>();
  for (const [rel, text] of Object.entries({ ...files, '2026/11/nahar/index.html': 'पन्ना' })) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
    utimesSync(join(dir, rel), OLD, OLD);
    const st = statSync(join(dir, rel));
    if (rel in files) record.set(rel, { digest: digestOf(text), ino: st.ino, size: st.size, ctimeMs: st.ctimeMs });
  }
  return { dir, record };
}

/** clearStale over the whole previous site, its one page kept. */
function taken(dir: string, record: Map<string, WrittenFile>): PreviousSite {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
  const site: PreviousSite = { dir, pages: new Map(), files, written: record, kept: new Map(), sealedAt: 0 };
  clearStale(site, new Set(['2026/11/nahar/index.html']));
  return site;
}

const BEFORE = { 'feed.xml': FEED, 'purana/nahar/index.html': REDIRECT, 'purana/pul/index.html': REDIRECT, 'khel/feed.xml': FEED };

kept('the same bytes: the file stays as it was (inode, time); other bytes: a new file, the old one untouched', () => {
  const { dir, record } = previous(BEFORE);
  const live = join(tempDir(), 'feed.xml');
  // The live site may share a file with the previous one: it must never be written in place.
  linkSync(join(dir, 'khel/feed.xml'), live);
  const site = taken(dir, record);
  const files = new KeptFiles(dir, site.kept, site.sealedAt);
  const ino = statSync(join(dir, 'feed.xml')).ino;
  files.write(join(dir, 'feed.xml'), FEED);
  assert.is(statSync(join(dir, 'feed.xml')).ino, ino);
  assert.equal(statSync(join(dir, 'feed.xml')).mtime, OLD);
  files.write(join(dir, 'khel/feed.xml'), '<feed>खेल</feed>\n');
  assert.is(readFileSync(join(dir, 'khel/feed.xml'), 'utf8'), '<feed>खेल</feed>\n');
  assert.is(readFileSync(live, 'utf8'), FEED, 'the shared file is not rewritten');
  files.write(join(dir, 'nayi/feed.xml'), FEED);
  assert.ok(existsSync(join(dir, 'nayi/feed.xml')));
});

kept('exists answers for this build: files kept but not yet written are not there, nor folders holding only them', () => {
  const { dir, record } = previous(BEFORE);
  const site = taken(dir, record);
  const files = new KeptFiles(dir, site.kept, site.sealedAt);
  const cases: Array<[string, boolean]> = [
    ['feed.xml', false],
    ['purana', false],
    ['purana/nahar/', false],
    ['purana/nahar/index.html', false],
    ['2026/11/nahar/index.html', true],
    ['2026', true],
    ['koi-aur', false],
  ];
  for (const [rel, want] of cases) assert.is(files.exists(join(dir, rel)), want, rel);
  files.write(join(dir, 'purana/nahar/index.html'), REDIRECT);
  assert.ok(files.exists(join(dir, 'purana/nahar/index.html')));
  assert.ok(files.exists(join(dir, 'purana')), 'a folder holding a file written by this build');
  assert.not.ok(files.exists(join(dir, 'purana/pul')));
});

kept('what is not written again is removed with its empty folders, but what the caller keeps', () => {
  const { dir, record } = previous(BEFORE);
  const site = taken(dir, record);
  const files = new KeptFiles(dir, site.kept, site.sealedAt);
  files.write(join(dir, 'purana/nahar/index.html'), REDIRECT);
  files.removeUnwritten(['feed.xml']);
  assert.ok(existsSync(join(dir, 'feed.xml')));
  assert.ok(existsSync(join(dir, 'purana/nahar/index.html')));
  assert.not.ok(existsSync(join(dir, 'purana/pul')), 'an old redirect page and its folder');
  assert.not.ok(existsSync(join(dir, 'khel')), 'an old feed and its folder');
  assert.ok(existsSync(join(dir, '2026/11/nahar/index.html')));
});

kept('a kept file written by an earlier stage of this build (a page where a redirect page was) is its own', () => {
  const { dir, record } = previous(BEFORE);
  const site = taken(dir, record);
  writeFileSync(join(dir, 'purana/pul/index.html'), 'अब यहाँ एक पन्ना है');
  const files = new KeptFiles(dir, site.kept, site.sealedAt);
  assert.ok(files.exists(join(dir, 'purana/pul/index.html')));
  files.removeUnwritten();
  assert.is(readFileSync(join(dir, 'purana/pul/index.html'), 'utf8'), 'अब यहाँ एक पन्ना है');
});

kept('clearStale keeps only recorded files still as written; the record of a site is read back by its folder', () => {
  const { dir, record } = previous(BEFORE);
  // Replaced since its build wrote it (another inode): not trusted, removed like any stale file.
  rmSync(join(dir, 'purana/pul/index.html'));
  writeFileSync(join(dir, 'purana/pul/index.html'), REDIRECT);
  writeFileSync(join(dir, 'anjaan.txt'), 'कोई और फ़ाइल');
  const site = taken(dir, record);
  assert.equal([...site.kept.keys()].sort(), ['feed.xml', 'khel/feed.xml', 'purana/nahar/index.html']);
  assert.not.ok(existsSync(join(dir, 'purana/pul')));
  assert.not.ok(existsSync(join(dir, 'anjaan.txt')));
  const cache = tempDir();
  recordWritten(cache, dir, record, tempDir());
  assert.equal(readWritten(cache, dir), record);
  assert.equal(readWritten(cache, tempDir()), new Map(), 'another folder has no record');
});

kept('the comparison with the live site takes the records of both for the bytes, the live file still as written', () => {
  const cache = tempDir();
  const liveDir = tempDir();
  const live = new KeptFiles(liveDir);
  for (const [rel, text] of Object.entries(BEFORE)) live.write(join(liveDir, rel), text);
  live.save(cache, tempDir());
  const next = tempDir();
  const files = new KeptFiles(next);
  files.write(join(next, 'feed.xml'), FEED);
  files.write(join(next, 'khel/feed.xml'), '<feed>खेल</feed>\n');
  files.write(join(next, 'purana/nahar/index.html'), REDIRECT);
  // Replaced in the live site since: its record no longer speaks for it.
  rmSync(join(liveDir, 'purana/nahar/index.html'));
  writeFileSync(join(liveDir, 'purana/nahar/index.html'), REDIRECT);
  const same = files.sameAsLive(cache, liveDir);
  const cases: Array<[string, boolean]> = [
    ['feed.xml', true],
    ['khel/feed.xml', false],
    ['purana/nahar/index.html', false],
    ['purana/pul/index.html', false],
  ];
  for (const [rel, want] of cases) assert.is(same(rel, statSync(join(liveDir, rel))), want, rel);
  utimesSync(join(liveDir, 'feed.xml'), OLD, OLD);
  keepUnchanged(liveDir, next, { sameBytes: same });
  assert.equal(statSync(join(next, 'feed.xml')).mtime, OLD, "the unchanged file takes the live one's time");
});

kept.run();
