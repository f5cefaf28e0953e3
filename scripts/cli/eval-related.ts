/**
 * Quality and speed of related stories on a labelled corpus, text signals only.
 *
 *   npm run eval:related -- --corpus ../shared/corpus/bbc_hindi_cleaned_test.jsonl [--json]
 *     [--limit N] [--synthetic N] [--config '{"count":5}'] [--internal '{"queryTerms":40}'] [--threads N]
 *
 * Prints precision@5 (share of related stories with the article's category label; labels are
 * hidden from the algorithm) and the time of `buildRelated`. `--synthetic N` times N records
 * recombined from the corpus (precision is then meaningless and not printed). `--threads` (default 1)
 * is what the build passes (its cores, up to 4); the lists are the same for any. With `--json` the
 * last line is `{"articles":N,"precisionAt5":…,"seconds":…}`.
 * `--config` takes site.json's `related` settings (the same schema); `--internal` overrides the
 * algorithm's internal constants (scripts/related/resolve.ts), which site.json cannot reach: for
 * experiments that may change a constant's value.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { normalizeText } from '../hindi/normalize.ts';
import { MESSAGES, render } from '../content/messages.ts';
import { siteIssueMessage } from '../content/site-issues.ts';
import { blindDoc, type LabelledRecord, precisionAtK, synthesize } from '../related/eval.ts';
import { buildRelated, relatedConfigSchema, relatedInternalsSchema } from '../related/index.ts';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    synthetic: { type: 'string' },
    config: { type: 'string' },
    internal: { type: 'string' },
    threads: { type: 'string', default: '1' },
  },
});
if (values.corpus === undefined) {
  process.stderr.write(
    'Usage: npm run eval:related -- --corpus FILE.jsonl [--json] [--limit N] [--synthetic N] [--config JSON] [--internal JSON] [--threads N]\n',
  );
  process.exit(2);
}
/** A JSON flag parsed by `schema`; exits with every problem named (`--internal: queryTerms: …`). */
function jsonFlag<S extends z.ZodType>(flag: string, text: string | undefined, schema: S): z.output<S> {
  const r = schema.safeParse(text === undefined ? {} : JSON.parse(text));
  if (r.success) return r.data;
  // The settings' messages are ids of the message table (content/related-settings.ts); others print as zod wrote them.
  const say = (i: z.core.$ZodIssue) => {
    const m = siteIssueMessage(i);
    return typeof m === 'string' || !Object.hasOwn(MESSAGES, i.message) ? i.message : render(m);
  };
  process.stderr.write(`${flag}: ${r.error.issues.map((i) => `${i.path.join('.') || flag.slice(2)}: ${say(i)}`).join('; ')}\n`);
  process.exit(2);
}
const settings = jsonFlag('--config', values.config, relatedConfigSchema);
const internal = jsonFlag('--internal', values.internal, relatedInternalsSchema);

let records: LabelledRecord[] = readFileSync(values.corpus, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((line) => {
    const r = JSON.parse(line) as Partial<LabelledRecord>;
    // Normalised as the content loader normalises an editor's text (NFC, invisible characters), so
    // the corpus reaches the algorithm as a story would.
    return { id: String(r.id), title: normalizeText(r.title ?? ''), body: normalizeText(r.body ?? ''), category: r.category ?? '' };
  });
if (values.limit !== undefined) records = records.slice(0, Number(values.limit));
const synthetic = values.synthetic !== undefined;
if (synthetic) records = synthesize(records, Number(values.synthetic));

const docs = records.map(blindDoc);
const started = performance.now();
const related = buildRelated(docs, { ...settings, internal, now: 0, threads: Number(values.threads) });
const seconds = (performance.now() - started) / 1000;
const labels = new Map(records.map((r) => [r.id, r.category]));
const result = precisionAtK(related, labels);
const mb = Math.round(process.memoryUsage().rss / 1e6);

process.stdout.write(`corpus      ${values.corpus}${synthetic ? ` (synthetic ×${records.length})` : ''}\n`);
process.stdout.write(`articles    ${records.length}\n`);
if (!synthetic) {
  process.stdout.write(`precision@5 ${result.precision.toFixed(4)} (${result.hits} related, ${result.fallbacks} fallbacks)\n`);
}
process.stdout.write(`seconds     ${seconds.toFixed(3)} (buildRelated, ${values.threads} thread(s)), rss ${mb} MB\n`);
if (values.json) {
  const precisionAt5 = synthetic ? null : Number(result.precision.toFixed(4));
  process.stdout.write(`${JSON.stringify({ articles: records.length, precisionAt5, seconds: Number(seconds.toFixed(3)) })}\n`);
}
