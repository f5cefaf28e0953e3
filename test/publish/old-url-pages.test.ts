import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { oldUrlRedirects } from '../../scripts/publish/old-url-pages.ts';
import { tempDir } from '../helpers/archive.ts';

const pages = suite('oldUrlRedirects');

pages('paths become redirects (escaped as browsers send them); queries, built files and aliases are left alone', () => {
  const out = tempDir();
  mkdirSync(join(out, 'khel'), { recursive: true });
  writeFileSync(join(out, 'khel/index.html'), 'listing');
  const r = oldUrlRedirects(
    out,
    [
      { from: '/?p=1', to: '/2019/05/a/', title: 'क' },
      { from: '/category/खेती/', to: '/kheti/', title: 'खेती' },
      { from: '/khel/', to: '/khel/', title: 'खेल' },
      { from: '/2019/05/12/a/', to: '/2019/05/a/', title: 'क' },
      { from: '/category/a/', to: '/a/', title: 'अ' },
      { from: '/category/a/', to: '/b/', title: 'ब' },
    ],
    [{ from: '/2019/05/12/a/', to: '/2019/05/a/', title: 'क', source: 'articles/2019/05/a.md' }],
  );
  assert.equal(
    r.map((x) => [x.from, x.to]),
    [
      ['/category/%E0%A4%96%E0%A5%87%E0%A4%A4%E0%A5%80/', '/kheti/'],
      ['/category/a/', '/a/'],
    ],
  );
});

pages.run();
