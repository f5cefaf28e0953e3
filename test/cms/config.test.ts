import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import yaml from 'js-yaml';
import { DateTime } from 'luxon';
import { articleFields, cmsConfig, cmsConfigYaml, DATE_FORMAT } from '../../scripts/cms/config.ts';
import { backendFromEnv, contentFolder } from '../../scripts/cms/plugin.ts';
import { frontMatterSchema, FIELD_LABELS, REQUIRED_FIELDS } from '../../scripts/content/schema.ts';
import { loadSiteData } from '../../scripts/content/data-files.ts';
import { validateArticle } from '../../scripts/content/validate.ts';
import { ContentError } from '../../scripts/content/errors.ts';
import { ZONE } from '../../scripts/hindi/dates.ts';

const errors: ContentError[] = [];
const data = loadSiteData('content', errors);
const opts = { backend: { repo: 'marudhar/archive' }, siteTitle: data.site.title, siteUrl: data.site.url };
// A round trip through YAML: what the browser reads is the file, not the object.
const config = yaml.load(cmsConfigYaml(cmsConfig(data, opts))) as any;
const collection = config.collections[0];
const field = (name: string) => collection.fields.find((f: { name: string }) => f.name === name);

const schema = suite('generated CMS config ↔ front-matter schema');

schema('the sample data files load without problems', () =>
  assert.equal(
    errors.map((e) => e.format()),
    [],
  ),
);

schema('every schema field is in the form, once, in schema order, then the body', () => {
  assert.equal(
    collection.fields.map((f: { name: string }) => f.name),
    [...Object.keys(frontMatterSchema.shape), 'body'],
  );
});

const WIDGETS: Array<[string, string]> = [
  ['title', 'string'],
  ['date', 'datetime'],
  ['category', 'select'],
  ['author', 'select'],
  ['source', 'select'],
  ['district', 'select'],
  ['summary', 'text'],
  ['tags', 'list'],
  ['image', 'image'],
  ['image_alt', 'string'],
  ['slug', 'string'],
  ['updated', 'datetime'],
  ['correction', 'list'],
  ['draft', 'boolean'],
  ['featured', 'boolean'],
  ['breaking', 'boolean'],
  ['breaking_until', 'datetime'],
  ['aliases', 'list'],
  ['body', 'markdown'],
];
for (const [name, widget] of WIDGETS) {
  schema(`${name}: widget ${widget}, required exactly when the schema requires it, Hindi label`, () => {
    const f = field(name);
    assert.is(f.widget, widget);
    assert.is(f.required, name === 'body' || (REQUIRED_FIELDS as readonly string[]).includes(name));
    if (name !== 'body') assert.is(f.label, FIELD_LABELS[name as keyof typeof FIELD_LABELS]);
  });
}

schema('REQUIRED_FIELDS agrees with the schema itself', () => {
  const required = Object.entries(frontMatterSchema.shape)
    .filter(([, t]) => !t.isOptional())
    .map(([k]) => k);
  assert.equal(required, [...REQUIRED_FIELDS]);
});

const LISTS: Array<[string, keyof typeof data]> = [
  ['category', 'categories'],
  ['district', 'districts'],
  ['author', 'authors'],
  ['source', 'sources'],
];
for (const [name, file] of LISTS) {
  schema(`${name} options are _data/${file}.json: Hindi name as label, slug as value, same order`, () => {
    const entries = data[file] as Array<{ slug: string; name: string }>;
    assert.ok(entries.length > 0);
    assert.equal(
      field(name).options,
      entries.map((e) => ({ label: e.name, value: e.slug })),
    );
  });
}

schema('dates are written the way the validator reads them, in India time', () => {
  const correctionDate = field('correction').fields.find((f: { name: string }) => f.name === 'date');
  for (const f of [field('date'), field('updated'), field('breaking_until'), correctionDate]) {
    assert.is(f.format, 'YYYY-MM-DD HH:mm');
    assert.is(f.input_timezone, ZONE);
  }
});

schema('author is a multiple select (a list of reporters); correction a list of { date, text }', () => {
  assert.is(field('author').multiple, true);
  assert.equal(
    field('correction').fields.map((f: { name: string; widget: string }) => [f.name, f.widget]),
    [
      ['date', 'datetime'],
      ['text', 'text'],
    ],
  );
});

schema('slug field carries the schema pattern', () => {
  assert.is(field('slug').pattern[0], '^[a-z0-9]+(?:-[a-z0-9]+)*$');
});

schema('every field an editor fills in has a Hindi label, and a Hindi hint or a Hindi reason to refuse', () => {
  const hindi = /[\u0900-\u097f]/;
  for (const f of collection.fields as Array<Record<string, any>>) {
    assert.match(f.label, hindi, f.name);
    if (f.name === 'body' || f.widget === 'boolean') continue;
    assert.ok(hindi.test(f.hint ?? '') || hindi.test(f.pattern?.[1] ?? ''), `${f.name}: no Hindi hint`);
  }
  for (const name of ['title', 'date', 'category', 'district']) assert.match(field(name).hint, /^ज़रूरी।/, name);
});

schema('a blank title or image text is refused with a Hindi reason; old URLs are checked one by one', () => {
  assert.equal(field('title').pattern, ['\\S', 'शीर्षक में केवल खाली जगह है: कुछ लिखें, या इसे पूरा खाली छोड़ें']);
  assert.is(field('image_alt').pattern[0], '\\S');
  assert.is(field('aliases').field.pattern[0], '^\\/[\\x21\\x22\\x24-\\x3e\\x40-\\x7e]*$');
  assert.match(field('aliases').field.pattern[1], 'जैसे /2026/11/purana-slug/');
});

schema('cms.review in site.json: every story becomes a pull request (Sveltia editorial workflow); off by default', () => {
  assert.is(config.publish_mode, undefined);
  const reviewed = yaml.load(cmsConfigYaml(cmsConfig(data, { ...opts, review: true }))) as any;
  assert.is(reviewed.publish_mode, 'editorial_workflow');
  assert.is(reviewed.backend.name, 'github', 'the workflow needs the GitHub backend');
});

schema('collection: articles folder, year/month path, media folder, empty optional fields left out', () => {
  assert.is(collection.folder, 'content/articles');
  assert.is(collection.path, '{{year}}/{{month}}/{{slug}}');
  assert.is(collection.format, 'yaml-frontmatter');
  assert.is(config.media_folder, 'content/images');
  assert.is(config.public_folder, '/images');
  assert.is(config.output.omit_empty_optional_fields, true);
  assert.equal(config.backend, { name: 'github', repo: 'marudhar/archive', branch: 'main' });
});

schema('an entry as the CMS would save it passes the validator', () => {
  // Build front-matter from the config alone: first option of each select, the date widget's format.
  const now = DateTime.fromISO('2026-11-24T21:15:00', { zone: ZONE });
  const fm: Record<string, unknown> = {};
  for (const f of articleFields(data) as any[]) {
    if (!f.required || f.name === 'body') continue;
    fm[f.name] =
      f.widget === 'select'
        ? f.options[0].value
        : f.widget === 'datetime'
          ? now.toFormat(DATE_FORMAT.replace('YYYY', 'yyyy').replace('DD', 'dd'))
          : 'एक शीर्षक';
  }
  fm.tags = ['चुनाव'];
  // An author or a source: the form cannot require one of two fields, so the editor picks one.
  // A multiple select saves a list, even of one.
  fm.author = [data.authors[0]!.slug];
  const text = yaml.dump(fm);
  const errs: ContentError[] = [];
  const v = validateArticle(
    {
      id: 'articles/x.md',
      sourcePath: '/x.md',
      file: 'x.md',
      data: yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown>,
      matter: `\n${text}`,
      body: 'पाठ',
      bodyLine: 9,
    },
    data,
    errs,
  );
  assert.equal(
    errs.map((e) => e.format()),
    [],
  );
  assert.is(v?.date, '2026-11-24T21:15:00.000+05:30');
});

schema('several authors, a correction and a breaking strip as the CMS saves them pass the validator', () => {
  const at = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toFormat(DATE_FORMAT.replace('YYYY', 'yyyy').replace('DD', 'dd'));
  const fm = {
    title: 'नहर टूटी',
    date: at('2026-11-24T09:00'),
    category: field('category').options[0].value,
    district: field('district').options[0].value,
    author: field('author')
      .options.slice(0, 2)
      .map((o: { value: string }) => o.value),
    source: field('source').options[0].value,
    correction: [{ date: at('2026-11-24T11:30'), text: 'गाँव का नाम ठीक किया।' }],
    featured: true,
    breaking: true,
    breaking_until: at('2026-11-24T18:00'),
  };
  const text = yaml.dump(fm);
  const errs: ContentError[] = [];
  const raw = { id: 'articles/x.md', sourcePath: '/x.md', file: 'x.md', matter: `\n${text}`, body: 'पाठ', bodyLine: 20 };
  const v = validateArticle({ ...raw, data: yaml.load(text, { schema: yaml.JSON_SCHEMA }) as Record<string, unknown> }, data, errs);
  assert.equal(
    errs.map((e) => e.format()),
    [],
  );
  assert.is(v!.authors.length, 2);
  assert.is(v!.updated, '2026-11-24T11:30:00.000+05:30');
  assert.is(v!.breakingUntil, '2026-11-24T18:00:00.000+05:30');
});

schema('the YAML says it is generated', () => {
  assert.match(cmsConfigYaml(cmsConfig(data, opts)), /^# Generated by scripts\/cms\/config\.ts/);
});

const env = suite('CMS backend settings from the environment');
const ENV_CASES: Array<[NodeJS.ProcessEnv, object]> = [
  [{}, { repo: 'your-org/your-archive', branch: 'main' }],
  [{ GITHUB_REPOSITORY: 'a/b' }, { repo: 'a/b', branch: 'main' }],
  [
    { GITHUB_REPOSITORY: 'a/b', SAMACHAR_CMS_REPO: 'c/d', SAMACHAR_CMS_BRANCH: 'live' },
    { repo: 'c/d', branch: 'live' },
  ],
  [
    { SAMACHAR_CMS_REPO: 'c/d', SAMACHAR_CMS_AUTH_URL: 'https://auth.example.workers.dev' },
    { repo: 'c/d', branch: 'main', authUrl: 'https://auth.example.workers.dev' },
  ],
];
for (const [input, expected] of ENV_CASES) env(JSON.stringify(input), () => assert.equal(backendFromEnv(input), expected));

env('base_url reaches the config only when set', () => {
  const c = cmsConfig(data, { ...opts, backend: { repo: 'a/b', authUrl: 'https://auth.example', authEndpoint: 'oauth' } }) as any;
  assert.equal(c.backend, { name: 'github', repo: 'a/b', branch: 'main', base_url: 'https://auth.example', auth_endpoint: 'oauth' });
});

const folder = suite('contentFolder');
const FOLDERS: Array<[string, string, string]> = [
  ['/repo/content', '/repo', 'content'],
  ['/repo/archives/marudhar', '/repo', 'archives/marudhar'],
  ['/tmp/elsewhere', '/repo', 'content'],
];
for (const [dir, root, expected] of FOLDERS) folder(`${dir} in ${root} → ${expected}`, () => assert.is(contentFolder(dir, root), expected));

schema.run();
env.run();
folder.run();
