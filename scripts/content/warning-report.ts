import { ContentError, sortErrors } from './errors.ts';
import { warningMessages } from './messages-warnings.ts';

/** A warning message's id. */
export type WarningId = keyof typeof warningMessages;

/**
 * The language warnings print in: `SAMACHAR_LANG=en` for developers, Hindi otherwise.
 * (Goes through the message table's `currentLang` once the warnings join it.)
 */
const lang = (): 'hi' | 'en' => (/^en/i.test(process.env.SAMACHAR_LANG ?? '') ? 'en' : 'hi');

/** A warning's text with its `{placeholders}` filled (numbers grouped the Indian way). */
export function warningText(id: WarningId, params: Readonly<Record<string, string | number>> = {}): string {
  return warningMessages[id][lang()].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : typeof v === 'number' ? v.toLocaleString('en-IN') : v;
  });
}

/** `path:line: चेतावनी: what — what to do`, one line per warning, file by file. */
export function formatWarnings(warnings: readonly ContentError[]): string[] {
  const label = warningText('warning.label');
  return sortErrors(warnings).map((w) => {
    const where = w.line > 0 ? `${w.file}:${w.line}` : w.file;
    return `${where}: ${label}: ${w.format().slice(where.length + 2)}`;
  });
}

/** The closing line: how many warnings in how many files, and that they do not fail unless strict. */
export function warningSummary(warnings: readonly ContentError[]): string {
  const files = new Set(warnings.map((w) => w.file)).size;
  const id = warnings.length === 1 ? 'warning.countOne' : files === 1 ? 'warning.countOneFile' : 'warning.count';
  return warningText(id, { warnings: warnings.length, files });
}
