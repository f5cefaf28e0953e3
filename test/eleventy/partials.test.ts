import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { partialsPlugin, sitePartials, type FilterThis } from '../../scripts/eleventy/partials.ts';

/** A stand-in for the Nunjucks environment: counts renders and echoes what the partial saw. */
function fakeThis(ctx: Record<string, unknown>) {
  const calls: Array<{ name: string; ctx: object }> = [];
  const self: FilterThis = {
    env: {
      render: (name, c) => {
        calls.push({ name, ctx: c });
        return `<${name} ${JSON.stringify(c)}>`;
      },
    },
    ctx,
  };
  return { self, calls };
}

const cache = suite('sitePartials');

cache('renders a partial once and reuses the HTML', () => {
  const partials = sitePartials();
  const { self, calls } = fakeThis({ site: 'a' });
  const first = partials.render(self, 'footer.njk');
  assert.is(partials.render(self, 'footer.njk'), first);
  assert.is(calls.length, 1);
});

cache("the values passed are part of the key and of the partial's context", () => {
  const partials = sitePartials();
  const { self, calls } = fakeThis({ site: 'a' });
  const rajniti = partials.render(self, 'header.njk', { navCurrent: 'rajniti' });
  const khel = partials.render(self, 'header.njk', { navCurrent: 'khel' });
  assert.is.not(rajniti, khel);
  assert.is(partials.render(self, 'header.njk', { navCurrent: 'rajniti' }), rajniti);
  assert.equal(
    calls.map((c) => c.ctx),
    [
      { site: 'a', navCurrent: 'rajniti' },
      { site: 'a', navCurrent: 'khel' },
    ],
  );
});

cache('clear() forgets everything (a new build may have new site data)', () => {
  const partials = sitePartials();
  const a = fakeThis({ site: 'a' });
  partials.render(a.self, 'footer.njk');
  partials.clear();
  const b = fakeThis({ site: 'b' });
  assert.match(partials.render(b.self, 'footer.njk'), '"site":"b"');
});

cache.run();

const plugin = suite('partialsPlugin');

plugin('registers the sitePartial filter and clears it before each build', () => {
  const filters = new Map<string, (...args: never[]) => unknown>();
  const events = new Map<string, () => unknown>();
  partialsPlugin({ addFilter: (name, fn) => filters.set(name, fn), on: (name, fn) => events.set(name, fn) });
  const filter = filters.get('sitePartial') as unknown as (this: FilterThis, name: string) => string;
  const a = fakeThis({ site: 'a' });
  filter.call(a.self, 'footer.njk');
  filter.call(a.self, 'footer.njk');
  assert.is(a.calls.length, 1);
  events.get('eleventy.before')!();
  filter.call(a.self, 'footer.njk');
  assert.is(a.calls.length, 2);
});

plugin.run();
