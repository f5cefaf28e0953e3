import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../build/pipeline.ts';
import { BuildLockError } from '../publish/build-lock.ts';
import { ContentErrors } from '../content/errors.ts';
import { formatTagNote, tagNotes } from '../catalog/tag-notes.ts';
import { siteWarnings } from '../build/warnings.ts';
import { formatWarnings, warningSummary } from '../content/warning-report.ts';

const HELP = `npm run build -- [--content DIR] [--out DIR] [--drafts]
  --content DIR  archive folder laid out like content/ (default: content)
  --out DIR      where the site goes (default: _site); replaced only by a complete build
  --drafts       include drafts and future-dated articles (preview builds)
  --strict       warnings (placeholder text, a far-future date…) stop the build, as
                 warnings.strict: true in site.json does
  --no-cache     render every page and index every search shard again, instead of taking
                 pages and shards whose inputs did not change from .cache/ beside the content folder
  --path-prefix /repo/
                 build for a site served from this folder (GitHub Pages project sites),
                 over site.json's pathPrefix; the same as SAMACHAR_PATH_PREFIX=/repo/`;

const { values: args } = parseArgs({
  args: process.argv.slice(2),
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: '_site' },
    drafts: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    'path-prefix': { type: 'string' },
    stats: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
// Through the environment, so every stage that reads site.json (and any process it starts) sees it.
if (args['path-prefix'] !== undefined) process.env.SAMACHAR_PATH_PREFIX = args['path-prefix'];
if (args.help) {
  console.log(HELP);
} else {
  try {
    const r = await buildSite(
      { contentDir: args.content, includeDrafts: args.drafts, includeFuture: args.drafts, now: Date.now() },
      args.out,
      {
        progress: (line) => console.error(`samachar: ${line}`),
        onLoaded: ({ articles, data, keep }) => {
          const warnings = siteWarnings(articles, data.site, args.content, Date.now(), keep);
          if (warnings.length === 0) return;
          // Strict: reported as errors, and nothing is built.
          if (args.strict || data.site.warnings.strict) throw new ContentErrors(warnings);
          console.error(`${formatWarnings(warnings).join('\n')}\n\n${warningSummary(warnings)}`);
        },
        ...(args['no-cache'] ? {} : { cacheDir: join(dirname(resolve(args.content)), '.cache') }),
      },
    );
    // Advice, not errors: the site is built either way.
    for (const note of tagNotes(r.model.catalog.articles)) console.error(formatTagNote(note));
    const s = Object.entries(r.seconds)
      .map(([k, v]) => `${k} ${v.toFixed(2)}s`)
      .join(', ');
    console.log(`Built ${r.model.catalog.articles.length} articles, ${r.pages} pages into ${args.out}/ (${s})`);
    const c = r.changes;
    // What a host that uploads by hash or time sends: unchanged files keep their bytes and times.
    if (c)
      console.log(
        `${c.added + c.changed + c.removed} files changed (${c.added} new, ${c.changed} changed, ${c.removed} removed; ${c.search} of them in the search index), ${c.unchanged} unchanged`,
      );
    // For the benchmark: one JSON line it can read.
    if (args.stats)
      console.log(
        JSON.stringify({
          articles: r.model.catalog.articles.length,
          pages: r.pages,
          reused: r.reused,
          changes: r.changes,
          seconds: r.seconds,
        }),
      );
  } catch (e) {
    if (e instanceof ContentErrors || e instanceof BuildLockError) {
      console.error(e.message);
      process.exitCode = 1;
    } else throw e;
  }
}
