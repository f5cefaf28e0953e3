/**
 * The scheduled run's first step: `tsx scripts/publish/due-check.ts --marker FILE --sha SHA
 * [--content content] [--now ISO]` prints `deploy=true|false` and `code=true|false` for
 * $GITHUB_OUTPUT, and the reason on stderr. It reads the content folder as the build does (same
 * dates, same time zone) but renders nothing: about a second on the sample archive.
 * `--now` fixes the clock for tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadContent } from '../content/index.ts';
import { decideScheduled, parseMarker } from './schedule.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    marker: { type: 'string' },
    sha: { type: 'string' },
    now: { type: 'string' },
  },
});
if (!values.marker || !values.sha) {
  console.error('usage: due-check.ts --marker FILE --sha COMMIT [--content DIR] [--now ISO]');
  process.exit(2);
}
const now = values.now ? Date.parse(values.now) : Date.now();
if (Number.isNaN(now)) {
  console.error(`--now: not a date: ${values.now}`);
  process.exit(2);
}
const marker = existsSync(values.marker) ? parseMarker(readFileSync(values.marker, 'utf8')) : undefined;

function* changeTimes(): Generator<number> {
  // Invalid files are left out: if one is fixed, that is a push, which deploys anyway.
  for (const r of loadContent(values.content!).records) {
    if (r.fm.draft) continue;
    yield r.timestamp;
    if (r.breakingUntil) yield Date.parse(r.breakingUntil);
  }
}
const decision = decideScheduled({ marker, sha: values.sha, times: marker?.sha === values.sha ? changeTimes() : [], now });
console.log(`deploy=${decision.deploy}`);
console.log(`code=${decision.code}`);
console.error(`scheduled run: ${decision.reason}`);
