import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import type { ContentError } from '../../scripts/content/errors.ts';
import { copyArchive } from '../helpers/archive.ts';

const data = suite('loadSiteData (#17)');

function load(files: Record<string, string>): { errors: ContentError[]; result: ReturnType<typeof loadSiteData> } {
  const dir = copyArchive(files);
  const errors: ContentError[] = [];
  const result = loadSiteData(dir, errors);
  rmSync(dir, { recursive: true });
  return { errors, result };
}

data('a javascript: url is reported at its line in site.json, with a fix', () => {
  const { errors } = load({ '_data/site.json': '{\n  "title": "समाचार",\n  "url": "javascript:alert(1)"\n}\n' });
  assert.equal(
    errors.map((e) => e.format({ lang: 'en' })),
    [
      `${errors[0]!.file}:3: url: url must start with https:// (or http://), like https://marudhar-samachar.example — the public address readers type, like "https://marudhar-samachar.example"`,
    ],
  );
  assert.match(errors[0]!.file, /_data\/site\.json$/);
});

data('a logo outside the site is reported at its line', () => {
  const { errors } = load({
    '_data/site.json': '{\n  "title": "समाचार",\n  "url": "https://example.org",\n  "logo": "//evil.example/x.png"\n}\n',
  });
  assert.equal(
    errors.map((e) => [e.line, e.message.split(' — ')[0]]),
    [[4, 'logo: logo must be a path on this site, not "//evil.example/x.png"']],
  );
});

data('JSON escapes cannot bring control characters into names', () => {
  const { errors, result } = load({
    '_data/site.json': '{ "title": "मरुधर\\u0007 समाचार\\u001b[2J", "url": "https://example.org", "description": "\\u0085ख़बरें" }',
    '_data/categories.json': '[ { "slug": "rajniti", "name": "राज\\u0000नीति" } ]',
  });
  assert.equal(errors, []);
  assert.is(result.site.title, 'मरुधर समाचार[2J');
  assert.is(result.site.description, 'ख़बरें');
  assert.is(result.categories[0]!.name, 'राजनीति');
});

data('a deeply nested data file is an error, not a crash', () => {
  const { errors } = load({ '_data/authors.json': `${'['.repeat(50_000)}${']'.repeat(50_000)}` });
  assert.equal(
    errors.map((e) => e.message),
    ['this file is nested too deeply'],
  );
});

data('a folder in place of a data file cannot be read, and says so', () => {
  const dir = copyArchive();
  rmSync(join(dir, '_data/districts.json'));
  mkdirSync(join(dir, '_data/districts.json'));
  const errors: ContentError[] = [];
  loadSiteData(dir, errors);
  rmSync(dir, { recursive: true });
  assert.equal(
    errors.map((e) => e.message),
    ['cannot read this file (it is a folder)'],
  );
});

data("site.json's common mistakes in Hindi: an empty title, pageSize in quotes, a colour by name", () => {
  const site = { title: ' ', url: 'https://example.org', pageSize: '20', theme: { colors: { accent: 'लाल' } } };
  const { errors } = load({ '_data/site.json': JSON.stringify(site, null, 1) });
  const text = errors.map((e) => e.format({ lang: 'hi' })).join('\n');
  assert.match(text, 'title: अख़बार का नाम (title) ख़ाली है — अख़बार का नाम लिखें');
  assert.match(text, 'pageSize: pageSize बिना उद्धरण चिह्नों के 5 से 100 तक की कोई पूरी संख्या होनी चाहिए');
  assert.match(text, 'theme.colors.accent: रंग #rrggbb की तरह लिखा जाता है');
  assert.not.match(text, 'siteJson.');
});
data.run();
