import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { HtmlBasePlugin } from '@11ty/eleventy';
import { pathPrefixPlugin } from '../../scripts/eleventy/path-prefix.ts';
import type { SiteModel } from '../../scripts/eleventy/model.ts';

const test = suite('pathPrefixPlugin');
const added = (pathPrefix: string) => {
  const plugins: Array<[unknown, Record<string, unknown> | undefined]> = [];
  const model = { site: { pathPrefix } } as unknown as SiteModel;
  pathPrefixPlugin({ addPlugin: (p, o) => plugins.push([p, o]) }, () => model);
  return plugins;
};
test('at / nothing is added: pages are written as they render, byte for byte', () => assert.equal(added('/'), []));
test('in a folder: Eleventy’s HTML base transform with the prefix', () => {
  assert.equal(added('/repo/'), [[HtmlBasePlugin, { baseHref: '/repo/' }]]);
});
test.run();
