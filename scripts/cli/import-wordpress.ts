import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../content/data-files.ts';
import { formatErrors, type ContentError } from '../content/errors.ts';
import { describePlan, planImport } from '../import/plan.ts';
import { WxrError } from '../import/wxr-reader.ts';
import { MapError } from '../import/bases.ts';

/**
 * `npm run import:wordpress -- --wxr export.xml --plan` writes a proposed map.json for an editor to
 * review; without --plan the import follows that map into the content folder (see docs/wordpress.md).
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    wxr: { type: 'string' },
    map: { type: 'string', default: 'map.json' },
    content: { type: 'string', default: 'content' },
    uploads: { type: 'string' },
    plan: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!values.wxr) fail('--wxr is missing — name the export file, like: npm run import:wordpress -- --wxr export.xml --plan');
const errors: ContentError[] = [];
const data = loadSiteData(values.content!, errors);
if (errors.length > 0) fail(formatErrors(errors));

try {
  if (values.plan) {
    if (existsSync(values.map!) && !values.force) fail(`${values.map} exists — review it and import, or add --force to propose a new one`);
    const map = await planImport(values.wxr, data);
    writeFileSync(values.map!, `${JSON.stringify(map, null, 2)}\n`);
    console.log(`${describePlan(map)}\n\nWrote ${values.map}: review it, then run the import with --map ${values.map}.`);
  } else {
    if (!existsSync(values.map!)) fail(`${values.map} does not exist — run with --plan first and review the map it writes`);
    const { importWordpress } = await import('../import/run.ts');
    const { describeSummary } = await import('../import/summary.ts');
    const map = JSON.parse(readFileSync(values.map!, 'utf8'));
    const summary = await importWordpress({
      wxr: values.wxr,
      map,
      content: values.content!,
      uploads: values.uploads,
      force: values.force!,
      // Beside the map, outside the content folder: the fingerprints of what the import wrote.
      state: join(dirname(values.map!), 'wordpress-import-state.json'),
    });
    console.log(describeSummary(summary));
  }
} catch (e) {
  if (e instanceof WxrError || e instanceof MapError) fail(e.message);
  throw e;
}
