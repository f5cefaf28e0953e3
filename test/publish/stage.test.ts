import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { legacyPageRedirects } from '../../scripts/catalog/page-numbers.ts';
import { publishFiles } from '../../scripts/publish/stage.ts';
import { copyArchive, NOW, tempDir } from '../helpers/archive.ts';

const stage = suite('publishFiles: the old page numbers (/x/page/N/)');

/** Builds the host files of the fixture archive (plus `extra` files) and returns the model and the output folder. */
function publish(extra: Record<string, string>) {
  const model = prepareSite({ contentDir: copyArchive(extra), includeDrafts: false, includeFuture: false, now: NOW });
  const out = tempDir();
  publishFiles(model, out);
  return { model, out, redirects: readFileSync(join(out, '_redirects'), 'utf8') };
}

const oldPage = (model: ReturnType<typeof prepareSite>) => legacyPageRedirects(model.listings, model.site.pageSize)[0]!.from;

stage('a site built before #23 keeps a redirect page and a 302 line for each old page number', () => {
  const { model, out, redirects } = publish({});
  const from = oldPage(model);
  assert.ok(existsSync(join(out, from, 'index.html')), from);
  assert.match(redirects, `${from} `);
  assert.match(redirects, / 302\n/);
});

stage('an imported site never had them: no redirect page, no line; its imported addresses still get theirs', () => {
  const map = '{\n  "/category/khel/": "category:khel"\n}\n';
  const { model, out, redirects } = publish({ '_data/wordpress-redirects.json': map });
  const from = oldPage(model);
  assert.not.ok(existsSync(join(out, from, 'index.html')), from);
  assert.not.match(redirects, ' 302\n');
  assert.ok(existsSync(join(out, 'category/khel/index.html')));
});

stage.run();
