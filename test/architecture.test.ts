import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The data flows one way (docs/architecture.md): an import may only point from a later stage folder
 * to an earlier one, or within a folder. Folders of one rank (images, cms) may import each other's
 * earlier stages but not each other. Issue 18.
 */
const RANK: Record<string, number> = {
  hindi: 0,
  content: 1,
  catalog: 2,
  related: 3,
  eleventy: 4,
  images: 5,
  cms: 5,
  search: 6,
  seo: 7,
  publish: 8,
  build: 9,
  bench: 9,
  // Importers write content through the content schema, beside the build's orchestration.
  import: 9,
  'site-check': 9,
  cli: 10,
  hooks: 10,
  types: 0,
};
const SCRIPTS = resolve(import.meta.dirname, '../scripts');
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative import between files of scripts/, as paths relative to scripts/. */
function importsOf(files: readonly string[]): Array<{ from: string; to: string }> {
  const out: Array<{ from: string; to: string }> = [];
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), (m[1] ?? m[2])!);
      const to = relative(SCRIPTS, target).split('\\').join('/');
      if (!to.startsWith('..')) out.push({ from: relative(SCRIPTS, file).split('\\').join('/'), to });
    }
  }
  return out;
}

const folderOf = (path: string) => path.split('/')[0]!;

/** Imports that point from a stage to a later one (or across one rank), as `from → to`. */
export function backEdges(imports: ReadonlyArray<{ from: string; to: string }>): string[] {
  return imports
    .filter(({ from, to }) => {
      const a = folderOf(from);
      const b = folderOf(to);
      if (a === b) return false;
      return !(b in RANK) || !(a in RANK) || RANK[b]! >= RANK[a]!;
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

const files = tsFiles(SCRIPTS);
const imports = importsOf(files);
const flow = suite('architecture: one-way imports between stage folders');

flow('every folder of scripts/ has a rank (a new folder must be placed in the flow)', () => {
  const folders = readdirSync(SCRIPTS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  assert.ok(folders.length >= 12, `only ${folders.length} folders found`);
  assert.equal(
    folders.filter((f) => !(f in RANK)),
    [],
  );
});

flow('every folder of scripts/ is in docs/architecture.md, and no folder it names is gone', () => {
  const doc = readFileSync(resolve(SCRIPTS, '../docs/architecture.md'), 'utf8');
  const named = new Set([...doc.matchAll(/^scripts\/([\w-]+)\/ /gm)].map((m) => m[1]!));
  const folders = readdirSync(SCRIPTS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  assert.equal(
    folders.filter((f) => !named.has(f)),
    [],
  );
  assert.equal(
    [...named].filter((f) => !folders.includes(f)),
    [],
  );
});

flow('the import scan finds the imports (it must not pass by finding none)', () => {
  assert.ok(imports.length > 300, `only ${imports.length} imports found`);
  assert.ok(imports.some((i) => i.from === 'build/pipeline.ts' && i.to === 'build/site-model.ts'));
});

flow('no import from an earlier stage to a later one', () => {
  assert.equal(backEdges(imports), []);
});

flow('the check catches a back-edge and a cycle within one rank', () => {
  assert.equal(backEdges([{ from: 'content/index.ts', to: 'catalog/build.ts' }]), ['content/index.ts → catalog/build.ts']);
  assert.equal(backEdges([{ from: 'images/plugin.ts', to: 'cms/plugin.ts' }]), ['images/plugin.ts → cms/plugin.ts']);
  assert.equal(backEdges([{ from: 'content/site-config.ts', to: 'related/index.ts' }]), ['content/site-config.ts → related/index.ts']);
  assert.equal(backEdges([{ from: 'catalog/build.ts', to: 'content/validate.ts' }]), []);
});

flow('cli/ holds only entry points: no module imports one of its files', () => {
  assert.equal(
    imports.filter((i) => folderOf(i.to) === 'cli' && folderOf(i.from) !== 'cli').map((i) => `${i.from} → ${i.to}`),
    [],
  );
  assert.equal(
    imports.filter((i) => folderOf(i.to) === 'cli' && folderOf(i.from) === 'cli').map((i) => `${i.from} → ${i.to}`),
    [],
  );
});

flow.run();
