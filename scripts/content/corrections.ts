import type { DateTime } from 'luxon';
import type { DateResult } from '../hindi/dates.ts';
import { toIsoIst } from '../hindi/dates.ts';
import { itemLine, type AddProblem } from './bylines.ts';
import type { RawArticle } from './load.ts';
import { msg } from './messages.ts';
import { dateMessage, partName } from './schema-messages.ts';

/** A correction note of a story, its date in +05:30. */
export interface Correction {
  readonly date: string;
  readonly text: string;
}

const HINT = msg('correction.hint');

/**
 * Checks `correction:` (one `{ date, text }` or a list of them, oldest first, as the schema already
 * shaped it): each date readable, not before the story's own date, and the list in order, each
 * problem at its item's line. Returns the corrections with their dates in +05:30, or undefined.
 */
export function checkCorrections(
  raw: RawArticle,
  list: ReadonlyArray<{ date: string; text: string }> | undefined,
  published: DateTime | undefined,
  parse: (text: string) => DateResult,
  add: AddProblem,
): Correction[] | undefined {
  if (!list) return [];
  let ok = true;
  let previous: DateTime | undefined;
  const out: Correction[] = [];
  list.forEach((c, i) => {
    const line = itemLine(raw, 'correction', i);
    const d = parse(c.date);
    if (!d.ok) {
      add('correction', dateMessage('correction', c.date, d.problem, partName('correction', 'date')), HINT, line);
      ok = false;
      return;
    }
    if (published && d.value < published) {
      add('correction', msg('correction.early', { date: c.date }), HINT, line);
      ok = false;
    }
    if (previous && d.value < previous) {
      add('correction', msg('correction.order', { date: c.date }), msg('correction.orderHint'), line);
      ok = false;
    }
    previous = d.value;
    out.push({ date: toIsoIst(d.value), text: c.text });
  });
  return ok ? out : undefined;
}

/** The later of two ISO instants in +05:30 (both from toIsoIst, so they compare as text). */
export function laterIso(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}
