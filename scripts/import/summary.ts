import { PLACEHOLDER_ALT } from './body.ts';
import type { ImportSummary } from './run.ts';

/** The summary as the CLI prints it: counts first, then what needs a person. */
export function describeSummary(s: ImportSummary): string {
  const lines = [
    `Articles and pages: ${s.files.written} new, ${s.files.updated} updated, ${s.files.unchanged} unchanged, ${s.files.kept} kept as they were (${s.drafts} drafts)`,
    `Vocabulary entries added to _data/: ${s.vocabAdded}; pictures copied: ${s.picturesCopied}`,
    `Old addresses in _data/wordpress-redirects.json: ${s.oldUrls.entries} (${s.oldUrls.outcome}); each story's own old address is in its aliases`,
  ];
  const skipped = Object.entries(s.skipped).sort();
  if (skipped.length) lines.push('Skipped:', ...skipped.map(([why, n]) => `  ${n} × ${why}`));
  const codes = Object.entries(s.unknownShortcodes).sort();
  if (codes.length) lines.push('Shortcodes dropped (check these stories):', ...codes.map(([name, n]) => `  [${name}] in ${n} posts`));
  if (s.missingPictures.length) {
    lines.push(
      `Pictures not copied (${s.missingPictures.length}; without --uploads, or missing there), kept as links:`,
      ...s.missingPictures.slice(0, 20).map(([p, u]) => `  ${p}: ${u}`),
    );
  }
  if (s.withoutAlt.length) {
    lines.push(
      `Pictures WordPress had no alt text for, now "${PLACEHOLDER_ALT}" (describe them):`,
      ...s.withoutAlt.slice(0, 20).map((p) => `  ${p}`),
    );
  }
  if (s.decisions.length) {
    lines.push(
      `Posts waiting for a decision in the map (${s.decisions.length}; map one of their categories, or set defaults):`,
      ...s.decisions.slice(0, 20).map((d) => `  ${d}`),
    );
  }
  if (s.kept.length)
    lines.push('Existing files differ from the export (add --force to replace them):', ...s.kept.slice(0, 20).map((p) => `  ${p}`));
  return lines.join('\n');
}
