import { join } from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { loadArticles } from '../../scripts/catalog/load.ts';
import { buildRelated } from '../../scripts/related/index.ts';

const contentDir = join(import.meta.dirname, '..', '..', 'content');
const sample = suite('related on the sample archive');

// The sample archive ships with the project: without it these tests fail rather than vanish.
{
  const { articles, errors } = loadArticles(contentDir);
  const now = Math.max(...articles.filter((a) => !a.draft).map((a) => a.timestamp));
  const result = buildRelated(articles, { now });
  const byId = new Map(articles.map((a) => [a.id, a]));

  sample('loads cleanly and gives every article a list of up to 5, never itself, a draft or a future story', () => {
    assert.equal(errors, []);
    assert.ok(articles.length >= 50, `${articles.length} articles in the sample archive`);
    assert.is(result.size, articles.length);
    for (const a of articles) {
      const hits = result.get(a.id)!;
      assert.ok(hits.length <= 5 && hits.length > 0, a.id);
      assert.is(new Set(hits.map((h) => h.id)).size, hits.length, `${a.id}: duplicate`);
      for (const h of hits) {
        const b = byId.get(h.id)!;
        assert.ok(b.id !== a.id && !b.draft && b.timestamp <= now, `${a.id} → ${h.id}`);
      }
    }
  });

  sample("most related stories share the article's category (the layout shows it)", () => {
    const hits = articles.flatMap((a) => result.get(a.id)!.map((h) => byId.get(h.id)!.category.slug === a.category.slug));
    const share = hits.filter(Boolean).length / hits.length;
    assert.ok(share >= 0.6, `same category: ${share.toFixed(2)}`);
  });

  sample('stories on one running topic find each other first (नर्मदा, सरसों)', () => {
    for (const word of ['नर्मदा', 'सरसों']) {
      const topic = articles.filter((a) => a.title.includes(word) && !a.draft);
      assert.ok(topic.length >= 2, `${word}: ${topic.length} stories in the sample archive`);
      for (const a of topic) {
        const first = byId.get(result.get(a.id)![0]!.id)!;
        assert.ok(first.title.includes(word), `${a.title} → ${first.title}`);
      }
    }
  });

  sample('the same archive gives the same lists twice', () => {
    assert.equal([...buildRelated(articles, { now })], [...result]);
  });
}

sample.run();
