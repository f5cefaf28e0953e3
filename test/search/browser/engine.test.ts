import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createEngine, FIRST_EXACT } from '../../../scripts/search/browser/engine.ts';
import { spellingVariants } from '../../../scripts/hindi/variants.ts';
import type { PagefindResult, PagefindSearchOptions } from '../../../scripts/search/browser/pagefind-types.ts';

/** A fake Pagefind: exact word lookups over a few pages; records every call. */
function fakePagefind(pages: Record<string, string>) {
  const calls: Array<[string | null, PagefindSearchOptions | undefined]> = [];
  return {
    calls,
    async search(term: string | null, options?: PagefindSearchOptions) {
      calls.push([term, options]);
      const results: PagefindResult[] = [];
      for (const [id, text] of Object.entries(pages)) {
        const words = text.split(' ');
        const at = words.flatMap((w, i) => (w === term ? [i] : []));
        if (at.length === 0) continue;
        results.push({
          id,
          score: at.length,
          words: at,
          data: async () => ({
            url: `/${id}/`,
            content: text,
            meta: { title: id, date: '1 मई 2026', category: 'खेल' },
            word_count: words.length,
          }),
        });
      }
      return { results };
    },
  };
}
const pages = { a: 'जालोर में कबड्डी', b: 'कबड्डी कबड्डी', c: 'ज़िला जालोर' };
const romanWords = async (keys: readonly string[]) => new Map(keys.filter((k) => k === 'jalor').map((k) => [k, ['जालोर']] as const));

const engine = suite('createEngine');
engine('one lookup per spelling; pages matching more concepts rank first', async () => {
  const pf = fakePagefind(pages);
  const { results } = await createEngine(pf, romanWords).search('जालोर कबड्डी');
  assert.equal(
    results.map((r) => r.id),
    ['a', 'b', 'c'],
  );
  assert.equal(
    pf.calls.map(([t]) => t),
    [...spellingVariants('जालोर'), ...spellingVariants('कबड्डी')],
  );
});
engine('a romanised word searches the archive words of its key', async () => {
  const e = createEngine(fakePagefind(pages), romanWords);
  const r = await e.search('jalore');
  assert.equal(
    r.results.map((x) => x.id),
    ['a', 'c'],
  );
  assert.ok(r.concepts[0]!.forms.includes('जालोर'));
});
engine('filters go to every lookup; empty ones are left out', async () => {
  const pf = fakePagefind(pages);
  await createEngine(pf, romanWords).search('कबड्डी', { district: 'जालोर', author: '' });
  assert.equal(pf.calls[0]![1], { filters: { district: 'जालोर' } });
});
engine('repeated lookups are served from memory', async () => {
  const pf = fakePagefind(pages);
  const e = createEngine(pf, romanWords);
  await e.search('कबड्डी');
  await e.search('कबड्डी जालोर');
  assert.equal(
    pf.calls.map(([t]) => t),
    [...spellingVariants('कबड्डी'), ...spellingVariants('जालोर')],
  );
});
engine('view: fields from meta, excerpt marks every matched concept', async () => {
  const e = createEngine(fakePagefind(pages), romanWords);
  const { results } = await e.search('जालोर कबड्डी');
  assert.equal(await e.view(results[0]!), {
    url: '/a/',
    title: 'a',
    date: '1 मई 2026',
    category: 'खेल',
    district: '',
    excerpt: '<mark>जालोर</mark> में <mark>कबड्डी</mark>',
  });
});

engine.run();

/**
 * The word index leaves positions apart (#24): hits come without them, and the engine loads only
 * those the first results need. The same archive served both ways must rank the same.
 */
function weighedPagefind(pages: Record<string, string>, weight: (term: string) => number, loaded?: Set<string>) {
  const plain = fakePagefind(pages);
  return {
    async search(term: string | null, options?: PagefindSearchOptions) {
      const { results } = await plain.search(term, options);
      return {
        results: results.map((r) => {
          const hit: PagefindResult = { ...r, score: r.score * weight(term ?? '') };
          if (!loaded) return hit;
          hit.words = [];
          hit.pending = async () => {
            loaded.add(`${term} ${r.id}`);
            hit.words = r.words;
            delete hit.pending;
          };
          return hit;
        }),
      };
    },
  };
}
const lazy = suite('createEngine with positions loaded later');
lazy(
  'seeded archives: the first results exactly as with every position at hand, all of them once reranked, and only some positions loaded',
  async () => {
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const common = ['जल', 'संकट', 'गांव', 'टैंकर', 'सरपंच', 'कुआं', 'बारिश', 'धरना', 'मांग', 'नहर'];
    const vocab = [...common, ...common.map((w) => `${w}ों`), ...common.map((w) => `${w}वाला`)];
    let partial = 0;
    for (let round = 0; round < 200; round++) {
      const pages: Record<string, string> = {};
      const count = 10 + rnd(50);
      // Long pages with few of the query's words, far apart or close, so that some close ones must be resolved.
      for (let p = 0; p < count; p++) pages[`p${p}`] = Array.from({ length: 2 + rnd(14) }, () => vocab[rnd(vocab.length)]).join(' ');
      const query = Array.from({ length: 2 + rnd(3) }, () => common[rnd(common.length)]).join(' ');
      const loaded = new Set<string>();
      // Words of unequal weight (as rarity makes them), so single-word matches mix with several-word ones.
      const weights = new Map(vocab.map((w) => [w, 1 + rnd(9)]));
      const weight = (term: string) => weights.get(term) ?? 1;
      const want = await createEngine(weighedPagefind(pages, weight), romanWords).search(query);
      const e = createEngine(weighedPagefind(pages, weight, loaded), romanWords);
      const got = await e.search(query);
      const view = (r: typeof want, n = Infinity) => r.results.slice(0, n).map((x) => [x.id, x.score, x.matched]);
      assert.ok(got.exact >= Math.min(FIRST_EXACT, want.results.length), query);
      assert.equal(view(got, got.exact), view(want, got.exact), `${query} (round ${round})`);
      assert.is(got.results.length, want.results.length, 'the count');
      if (loaded.size < want.results.length) partial++;
      const all = await got.rerank(Infinity);
      assert.equal(view(all), view(want), `${query}: reranked`);
      assert.equal(
        await e.view(all.results[0]!),
        await createEngine(weighedPagefind(pages, weight), romanWords).view(want.results[0]!),
        `${query}: excerpt`,
      );
    }
    assert.ok(partial > 10, `${partial} rounds loaded fewer positions than results`);
  },
);
lazy('weak single-word matches left out do not keep a close pair from being resolved', async () => {
  // जल is rare (weight 10), संकट common (1). Ten stories say जल three times: 15 each, under a quarter
  // of the best story's 76.25, so withoutWeak leaves them out; before it, they outrank the story
  // where the two words stand together (11, or 13.75 with the bonus).
  const pages: Record<string, string> = {
    best: 'जल जल जल जल जल जल संकट',
    close: 'जल संकट',
    apart: 'जल एक दो तीन चार संकट संकट',
  };
  for (let i = 0; i < 10; i++) pages[`only${i}`] = 'जल जल जल';
  const weight = (term: string) => (term === 'जल' ? 10 : 1);
  const want = await createEngine(weighedPagefind(pages, weight), romanWords).search('जल संकट');
  const got = await createEngine(weighedPagefind(pages, weight, new Set()), romanWords).search('जल संकट');
  assert.equal(
    want.results.map((r) => [r.id, r.score]),
    [
      ['best', 76.25],
      ['close', 13.75],
      ['apart', 12],
    ],
  );
  assert.equal(
    got.results.map((r) => [r.id, r.score]),
    want.results.map((r) => [r.id, r.score]),
  );
});
lazy.run();
