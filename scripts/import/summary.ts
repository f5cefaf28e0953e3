import { msg, render, type Lang, type Msg } from '../content/messages.ts';
import { PLACEHOLDER_ALT } from './body.ts';
import type { ImportSummary } from './run.ts';

/** Why an item was skipped, in the message table's words when it is one of ours; WordPress's own names stay. */
function reason(why: string): Msg | string {
  const fixed: Record<string, Msg> = {
    'private post': msg('importReport.why.private'),
    'trashed post': msg('importReport.why.trashed'),
    'no date': msg('importReport.why.noDate'),
    'no category in the map': msg('importReport.why.noCategory'),
    'no district in the map': msg('importReport.why.noDistrict'),
  };
  const author = /^author (.*) not in the map$/s.exec(why);
  return fixed[why] ?? (author ? msg('importReport.why.noAuthor', { login: author[1]! }) : why);
}

/** The summary as the CLI prints it, in `lang` (Hindi unless asked): counts first, then what needs a person. */
export function describeSummary(s: ImportSummary, lang?: Lang): string {
  const t = (m: Msg | string) => (typeof m === 'string' ? m : render(m, lang));
  const lines = [
    t(msg('importReport.files', { ...s.files, drafts: s.drafts })),
    t(msg('importReport.vocab', { added: s.vocabAdded, copied: s.picturesCopied })),
    t(msg('importReport.oldUrls', { entries: s.oldUrls.entries, outcome: msg(`importReport.outcome.${s.oldUrls.outcome}`) })),
  ];
  const section = (head: Msg, rows: string[]) => {
    if (rows.length) lines.push(t(head), ...rows.slice(0, 20));
  };
  section(
    msg('importReport.skipped'),
    Object.entries(s.skipped)
      .sort()
      .map(([why, n]) => `  ${n} × ${t(reason(why))}`),
  );
  section(
    msg('importReport.shortcodes'),
    Object.entries(s.unknownShortcodes)
      .sort()
      .map(([name, n]) => t(msg('importReport.shortcode', { name, n }))),
  );
  section(
    msg('importReport.missingPictures', { n: s.missingPictures.length }),
    s.missingPictures.map(([p, u]) => `  ${p}: ${u}`),
  );
  section(
    msg('importReport.withoutAlt', { placeholder: PLACEHOLDER_ALT }),
    s.withoutAlt.map((p) => `  ${p}`),
  );
  section(
    msg('importReport.decisions', { n: s.decisions.length }),
    s.decisions.map((d) => t(msg('importReport.decision', { ...d, why: reason(d.why) }))),
  );
  section(
    msg('importReport.kept'),
    s.kept.map((p) => `  ${p}`),
  );
  return lines.join('\n');
}
