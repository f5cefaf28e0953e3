import { parseArgs } from 'node:util';
import { loadArticles } from '../catalog/load.ts';
import { formatErrors } from '../content/errors.ts';
import { msg, parseLang, render, setLang } from '../content/messages.ts';
import { formatTagNote, tagNotes } from '../catalog/tag-notes.ts';
import { siteWarnings } from '../build/warnings.ts';
import { formatWarnings, strictLine, warningSummary } from '../content/warning-report.ts';

/**
 * `npm run check`: the validator alone, for editors and the pre-commit hook. Reads every article
 * and data file, reports every problem at once, writes nothing. Then notes on tags that look like
 * misspellings of common ones (see catalog/tag-notes.ts), which never fail it. Messages are Hindi;
 * `--lang en` (or SAMACHAR_LANG=en) prints them in English, `--verbose` adds the YAML parser's own
 * words, `--hook` closes with the pre-commit hook's line.
 */
const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    content: { type: 'string', default: 'content' },
    quiet: { type: 'boolean', default: false },
    // CI: warnings fail the check too (as `warnings.strict: true` in site.json does).
    strict: { type: 'boolean', default: false },
    lang: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    hook: { type: 'boolean', default: false },
  },
});
if (values.lang !== undefined) setLang(parseLang(values.lang));
const started = performance.now();
const { articles, errors, data } = loadArticles(values.content!);
const seconds = ((performance.now() - started) / 1000).toFixed(2);
// Warnings never fail the check unless strict; printed after the errors, every one at once.
const warnings = siteWarnings(articles, data.site, values.content!, Date.now());
const strict = values.strict || data.site.warnings.strict;
if (errors.length > 0) {
  const closing = msg(values.hook ? 'report.hookStopped' : 'report.fixAndCheck');
  console.error(formatErrors(errors, { verbose: values.verbose, closing }));
  process.exitCode = 1;
}
if (warnings.length > 0) {
  console.error(`${errors.length > 0 ? '\n' : ''}${formatWarnings(warnings).join('\n')}\n\n${warningSummary(warnings)}`);
  if (strict) {
    console.error(strictLine());
    process.exitCode = 1;
  }
}
if (errors.length === 0 && !values.quiet) {
  // Tags that look misspelt: advice that never fails the check (the pre-commit hook runs --quiet).
  const notes = tagNotes(articles);
  for (const note of notes) console.log(formatTagNote(note));
  const drafts = articles.filter((a) => a.draft).length;
  const n = notes.length;
  const w = warnings.length;
  const line = msg('check.ok', {
    articles: articles.length,
    seconds,
    drafts: drafts ? msg('check.drafts', { count: drafts }) : '',
    notes: n === 0 ? '' : n === 1 ? msg('check.noteOne') : msg('check.notes', { count: n }),
    warnings: w === 0 ? '' : w === 1 ? msg('check.warningOne') : msg('check.warnings', { count: w }),
  });
  console.log(render(line));
}
