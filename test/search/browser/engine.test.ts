import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { createEngine } from '../../../scripts/search/browser/engine.ts';
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
