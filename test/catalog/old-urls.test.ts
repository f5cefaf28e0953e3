import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { resolveOldUrls } from '../../scripts/catalog/old-urls.ts';
import type { OldUrl } from '../../scripts/content/old-urls.ts';
import { copyArchive } from '../helpers/archive.ts';

const resolveSuite = suite('resolveOldUrls');
const entry = (from: string, target: OldUrl['target']): OldUrl => ({ from, target, line: 1 });
const article = { id: 'articles/2019/05/a.md', url: '/2019/05/a/', title: 'नहर में पानी' };

resolveSuite('files, listings and topics resolve to site paths with a title; missing stories and self-redirects are left out', () => {
  const entries = [
    entry('/?p=1', { kind: 'file', file: 'articles/2019/05/a.md' }),
    entry('/?p=2', { kind: 'file', file: 'articles/2019/05/draft.md' }),
    entry('/category/khel/', { kind: 'category', value: 'khel' }),
    entry('/tag/jalore/', { kind: 'district', value: 'jalore' }),
    entry('/author/ravi/', { kind: 'author', value: 'ravi-joshi' }),
    entry('/tag/pani/', { kind: 'topic', value: 'पानी' }),
    entry('/tag/bijli/', { kind: 'topic', value: 'बिजली' }),
    entry('/khel/', { kind: 'category', value: 'khel' }),
    entry('/category/rajasthan/', { kind: 'districts' }),
  ];
  const catalog = {
    articles: [article],
    categories: [{ slug: 'khel', name: 'खेल' }],
    districts: [{ slug: 'jalore', name: 'जालोर' }],
    authors: [{ slug: 'ravi-joshi', name: 'रवि जोशी' }],
  } as never;
  const topics = { url: (tag: string) => (tag === 'पानी' ? '/vishay/pani/' : undefined) };
  assert.equal(resolveOldUrls(entries, catalog, [], topics), [
    { from: '/?p=1', to: '/2019/05/a/', title: 'नहर में पानी' },
    { from: '/category/khel/', to: '/khel/', title: 'खेल' },
    { from: '/tag/jalore/', to: '/jila/jalore/', title: 'जालोर' },
    { from: '/author/ravi/', to: '/lekhak/ravi-joshi/', title: 'रवि जोशी' },
    { from: '/tag/pani/', to: '/vishay/pani/', title: 'पानी' },
    { from: '/tag/bijli/', to: `/khoj/?q=${encodeURIComponent('बिजली')}`, title: 'बिजली' },
    { from: '/category/rajasthan/', to: '/jila/', title: 'ज़िले' },
  ]);
});

resolveSuite.run();

const check = suite('checkOldUrlFiles (through loadArticles)');

check('an entry whose story does not exist is reported at its line; an existing story is not', () => {
  const dir = copyArchive({
    '_data/wordpress-redirects.json': '{\n  "/?p=1": "articles/2026/11/mandi-bhav.md",\n  "/?p=2": "articles/2026/11/gone.md"\n}\n',
  });
  const { errors, oldUrls } = loadArticles(dir);
  assert.is(oldUrls.length, 2);
  assert.equal(
    errors.map((e) => [e.line, e.message]),
    [[3, '"/?p=2" points to articles/2026/11/gone.md, which is not a story or page of the archive']],
  );
});

check.run();
