import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { frozen, siteDataPlugin } from '../../scripts/eleventy/site-data.ts';
import { prepareSite } from '../../scripts/build/site-model.ts';
import { copyArchive, NOW } from '../helpers/archive.ts';

const freeze = suite('frozen');

freeze('returns a frozen copy of an unfrozen object and leaves the original alone', () => {
  const original = { title: 'समाचार', ads: { enabled: true } };
  const copy = frozen(original);
  assert.ok(Object.isFrozen(copy));
  assert.not.ok(Object.isFrozen(original));
  assert.equal(copy, original);
});

freeze('returns an already frozen object itself', () => {
  const value = Object.freeze({ a: 1 });
  assert.is(frozen(value), value);
});

freeze.run();

const plugin = suite('siteDataPlugin');

// Eleventy wraps each unfrozen plain object of the global data in a Proxy for every paginated page.
plugin('global data objects reach Eleventy frozen', () => {
  const model = prepareSite({ contentDir: copyArchive(), includeDrafts: false, includeFuture: false, now: NOW });
  const data = new Map<string, unknown>();
  siteDataPlugin({ addGlobalData: (name, value) => data.set(name, value) }, { model: () => model, assets: { css: '/assets/site.css' } });
  for (const name of ['site', 'assets', 'home', 'categories']) {
    const entry = data.get(name);
    const value = typeof entry === 'function' ? entry() : entry;
    assert.ok(Object.isFrozen(value), name);
  }
  assert.is((data.get('site') as () => { title: string })().title, model.site.title);
});

// A build renders in runs of 5,000 pages, each with its own focus of the same model: the home page's and
// the indexes' data walk the whole archive, and are made once a build, not once a run.
plugin('the home, topics, archive and breaking data are made once per model, not once per run', () => {
  const input = { contentDir: copyArchive(), includeDrafts: false, includeFuture: false, now: NOW };
  const model = prepareSite(input);
  const next = prepareSite(input);
  let current = model;
  const data = new Map<string, () => unknown>();
  siteDataPlugin(
    { addGlobalData: (name, value) => data.set(name, value as () => unknown) },
    { model: () => current, assets: { css: '/assets/site.css' } },
  );
  const names = ['home', 'topics', 'archive', 'breaking'];
  const first = names.map((n) => data.get(n)!());
  current = { ...model, focus: { articles: model.catalog.articles.slice(0, 1), listings: [], siteFiles: false } };
  names.forEach((n, i) => assert.is(data.get(n)!(), first[i], `${n}: the same value for another run of the build`));
  current = next;
  names.forEach((n, i) => {
    assert.is.not(data.get(n)!(), first[i], `${n}: a new model (the dev server's next build) gets its own`);
    assert.equal(data.get(n)!(), first[i], `${n}: from the same content, the same data`);
  });
});

plugin.run();
