import type { DateTime } from 'luxon';
import { toIsoIst, type DateResult } from '../hindi/dates.ts';
import type { AddProblem } from './bylines.ts';
import { msg } from './messages.ts';
import { dateMessage } from './schema-messages.ts';

const UNTIL_HINT = msg('breaking.hint');

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
    add('breaking', msg('breaking.noUntil'), UNTIL_HINT);
    return false;
  }
  if (fm.breaking_until === undefined) return undefined;
  if (!fm.breaking) {
    add('breaking_until', msg('breaking.untilAlone'), msg('breaking.untilAloneHint'));
    return false;
  }
  const until = parse(fm.breaking_until);
  if (!until.ok) {
    add('breaking_until', dateMessage('breaking_until', fm.breaking_until, until.problem), UNTIL_HINT);
    return false;
  }
  if (published && until.value < published) {
    add('breaking_until', msg('breaking.early'), UNTIL_HINT);
    return false;
  }
  return toIsoIst(until.value);
}
