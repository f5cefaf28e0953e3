import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readCorpus } from '../../../scripts/search/eval/corpus.ts';
import { tempDir } from '../../helpers/archive.ts';

const read = suite('readCorpus');
read('text goes through the same normalisation as content: byte-order mark, CRLF, zero-width space gone, NFC', () => {
  const file = join(tempDir('samachar-corpus-'), 'c.jsonl');
  const lines = [
    { id: 1, title: '\ufeffढोल बजे', body: 'पहली\r\nपंक्ति\u200b', category: 'खेल' },
    { id: 'b', title: 'क़ानून', body: 'x' },
  ];
  writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n\n`);
  const records = readCorpus(file);
  assert.equal(records, [
    { id: '1', title: 'ढोल बजे', body: 'पहली\nपंक्ति', category: 'खेल' },
    { id: 'b', title: 'क़ानून'.normalize('NFC'), body: 'x', category: '' },
  ]);
});
read.run();
