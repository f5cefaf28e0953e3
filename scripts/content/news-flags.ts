import type { DateTime } from 'luxon';
import { toIsoIst, type DateResult } from '../hindi/dates.ts';
import type { AddProblem } from './bylines.ts';

const UNTIL_HINT = "write when the strip should go, like breaking_until: 2026-11-21 18:00 (Indian time), on or after the story's date";

/**
 * `breaking: true` needs `breaking_until` (a strip without an end would stay on every page for
 * good), and `breaking_until` needs `breaking: true`; the end is Indian time, not before the story.
 * Returns the end in +05:30, undefined for a story that is not breaking, or false after a problem.
 */
export function checkBreaking(
  fm: { breaking?: boolean; breaking_until?: string },
  published: DateTime | undefined,
  parse: (text: string) => DateResult,
  add: AddProblem,
): string | undefined | false {
  if (fm.breaking && fm.breaking_until === undefined) {
    add('breaking', 'breaking: true has no breaking_until', UNTIL_HINT);
    return false;
  }
  if (fm.breaking_until === undefined) return undefined;
  if (!fm.breaking) {
    add('breaking_until', 'breaking_until without breaking: true', 'add "breaking: true" for a strip on every page, or remove the line');
    return false;
  }
  const until = parse(fm.breaking_until);
  if (!until.ok) {
    add('breaking_until', `breaking_until: ${until.message}`, UNTIL_HINT);
    return false;
  }
  if (published && until.value < published) {
    add('breaking_until', "breaking_until is earlier than the story's date", UNTIL_HINT);
    return false;
  }
  return toIsoIst(until.value);
}
