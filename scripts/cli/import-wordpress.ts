import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSiteData } from '../content/data-files.ts';
import { ContentError, formatErrors } from '../content/errors.ts';
import { displayPath } from '../content/lines.ts';
import { msg, parseLang, render, setLang } from '../content/messages.ts';
import { readMap } from '../import/map-file.ts';
import { describePlan, planImport } from '../import/plan.ts';
import { WxrError } from '../import/wxr-reader.ts';

/**
 * `npm run import:wordpress -- --wxr export.xml --plan` writes a proposed map.json for an editor to
 * review; without --plan the import follows that map into the content folder (see docs/wordpress.md).
 * Problems print as `path:line: what — what to write instead`, in Hindi unless `--lang en`.
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
    lang: { type: 'string' },
  },
});
if (values.lang !== undefined) setLang(parseLang(values.lang));

/** Prints every problem with the closing line and stops: nothing was written. */
function fail(errors: readonly ContentError[]): never {
  console.error(formatErrors(errors, { closing: msg('import.nothingDone') }));
  process.exit(1);
}

if (!values.wxr) {
  console.error(`${render(msg('import.noWxr'))} — ${render(msg('import.noWxrHint'))}`);
  process.exit(1);
}
const wxr = values.wxr;
const mapPath = values.map!;
if (!existsSync(wxr)) fail([new ContentError(displayPath(wxr), 0, msg('import.wxrMissing'), msg('import.wxrMissingHint'))]);
const errors: ContentError[] = [];
const data = loadSiteData(values.content!, errors);
if (errors.length > 0) fail(errors);

try {
  if (values.plan) {
    if (existsSync(mapPath) && !values.force)
      fail([new ContentError(displayPath(mapPath), 0, msg('import.mapExists'), msg('import.mapExistsHint'))]);
    const map = await planImport(wxr, data);
    writeFileSync(mapPath, `${JSON.stringify(map, null, 2)}\n`);
    console.log(`${describePlan(map)}\n\n${render(msg('import.planWritten', { map: mapPath }))}`);
  } else {
    const { map, errors: mapErrors } = readMap(mapPath);
    if (!map) fail(mapErrors);
    const { importWordpress } = await import('../import/run.ts');
    const { describeSummary } = await import('../import/summary.ts');
    const summary = await importWordpress({
      wxr,
      map,
      content: values.content!,
      uploads: values.uploads,
      force: values.force!,
      // Beside the map, outside the content folder: the fingerprints of what the import wrote.
      state: join(dirname(mapPath), 'wordpress-import-state.json'),
    });
    console.log(describeSummary(summary));
  }
} catch (e) {
  if (!(e instanceof WxrError)) throw e;
  fail([new ContentError(displayPath(e.file), e.line, msg('import.wxrBroken', { detail: e.detail }), msg('import.wxrBrokenHint'))]);
}
