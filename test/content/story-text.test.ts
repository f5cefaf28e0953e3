import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KeptRaw, textFromFile } from '../../scripts/content/story-text.ts';
import { copyArchive } from '../helpers/archive.ts';

const text = suite('story-text: a kept story’s text, read on first use');

text('KeptRaw reads the text once, when its matter or body is first read, and keeps the other fields', () => {
  let reads = 0;
  const raw = new KeptRaw({ bodyLine: 7, id: 'articles/2026/11/a.md' }, () => {
    reads++;
    return ['title: जालोर में बारिश\n', 'सांचौर में दो इंच पानी गिरा।\n'];
  }) as unknown as { bodyLine: number; id: string; matter: string; body: string };
  assert.is(raw.bodyLine, 7);
  assert.is(raw.id, 'articles/2026/11/a.md');
  assert.is(reads, 0);
  assert.is(raw.body, 'सांचौर में दो इंच पानी गिरा।\n');
  assert.is(raw.matter, 'title: जालोर में बारिश\n');
  assert.is(reads, 1);
});

text('textFromFile gives the file’s text while it holds the bytes the build saw, and refuses it after', () => {
  const content = copyArchive();
  try {
    const path = join(content, 'articles/2026/11/mandi-bhav.md');
    const bytes = readFileSync(path);
    const digest = createHash('sha1').update(bytes).digest('hex');
    const [matter, body] = textFromFile('articles/2026/11/mandi-bhav.md', path, digest);
    assert.ok(matter.includes('title:'));
    assert.ok(bytes.toString('utf8').includes(body.trim()));
    writeFileSync(path, `${bytes.toString('utf8')}\nएक पंक्ति और।\n`);
    assert.throws(() => textFromFile('articles/2026/11/mandi-bhav.md', path, digest), /changed while the site was being built/);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
});

text.run();
