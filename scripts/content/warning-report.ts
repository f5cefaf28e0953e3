import { ContentError, sortErrors } from './errors.ts';
import { currentLang, msg, render, type Lang } from './messages.ts';

/** `path:line: चेतावनी: what — what to do`, one line per warning, file by file. */
export function formatWarnings(warnings: readonly ContentError[], lang: Lang = currentLang()): string[] {
  const label = render(msg('warning.label'), lang);
  return sortErrors(warnings).map((w) => {
    const where = w.line > 0 ? `${w.file}:${w.line}` : w.file;
    return `${where}: ${label}: ${w.format({ lang }).slice(where.length + 2)}`;
  });
}

/** The closing line: how many warnings in how many files, and that they do not fail unless strict. */
export function warningSummary(warnings: readonly ContentError[], lang: Lang = currentLang()): string {
  const files = new Set(warnings.map((w) => w.file)).size;
  const count = { warnings: warnings.length, files };
  const line =
    warnings.length === 1
      ? msg('warning.countOne')
      : files === 1
        ? msg('warning.countOneFile', { warnings: warnings.length })
        : msg('warning.count', count);
  return render(line, lang);
}

/** The line strict mode adds: warnings counted as errors. */
export function strictLine(lang: Lang = currentLang()): string {
  return render(msg('warning.strict'), lang);
}
