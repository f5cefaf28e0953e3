import { DateTime } from 'luxon';
import { toLatinDigits } from './numerals.ts';

/** Every article date lives in India; the build machine's zone never matters. */
export const ZONE = 'Asia/Kolkata';
/** Luxon locale for anything that asks luxon for words. */
const LOCALE = 'hi';

/**
 * Month names as printed by Indian Hindi papers; fixed here instead of read from ICU so output
 * does not change with the Node build (they equal ICU's `hi` names today).
 */
const MONTHS = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'] as const;
const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Result of `parseArticleDate`: the instant, or a message that says what to write instead. */
export type DateResult = { ok: true; value: DateTime } | { ok: false; message: string; problem: DateProblem };

/**
 * Which part of a date is wrong, for messages in other languages than `message`'s English:
 * `empty`, `format` (not a date at all), `month`, `day` (with the month's `days`), `time`.
 */
export interface DateProblem {
  kind: 'empty' | 'format' | 'month' | 'day' | 'time';
  year?: number;
  month?: number;
  days?: number;
}

const FORMAT_HINT = 'write it as YYYY-MM-DD (like 2026-11-23) or YYYY-MM-DD HH:MM (like 2026-11-23 14:30)';
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/** Name of month `month` (1–12) in Hindi: `hindiMonthName(11)` → `नवंबर`. Throws outside 1–12. */
export function hindiMonthName(month: number): string {
  const name = MONTHS[month - 1];
  if (!Number.isInteger(month) || name === undefined) throw new RangeError(`month must be 1 to 12, got ${month}`);
  return name;
}

/**
 * Reads a front-matter date. A date without offset is wall-clock time in India (`2026-11-23` is
 * that day at 00:00 IST, never the evening before as `new Date()` in UTC would make it); a
 * timestamp with `Z` or an offset is kept as that instant and shown in India. Devanagari digits
 * are accepted. A JS `Date` (what a YAML loader makes of unquoted dates) at exactly UTC midnight
 * is taken as a date-only value, because that is how YAML encodes `2026-11-23`. Never throws.
 */
export function parseArticleDate(text: string | Date): DateResult {
  if (text instanceof Date) return fromJsDate(text);
  const raw = toLatinDigits(String(text).trim());
  if (raw === '') return { ok: false, message: `date is empty: ${FORMAT_HINT}`, problem: { kind: 'empty' } };
  const local = LOCAL.exec(raw);
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map((p) => (p === undefined ? undefined : Number(p)));
    // Luxon rolls 24:00 over to the next day; an article time of 24:00 is a typo, not midnight.
    if ((h ?? 0) > 23) return impossible(raw, y!, mo!, d!, h, mi, s);
    const dt = DateTime.fromObject(
      { year: y, month: mo, day: d, hour: h ?? 0, minute: mi ?? 0, second: s ?? 0 },
      { zone: ZONE, locale: LOCALE },
    );
    if (!dt.isValid) return impossible(raw, y!, mo!, d!, h, mi, s);
    return { ok: true, value: dt };
  }
  if (WITH_OFFSET.test(raw)) {
    const dt = DateTime.fromISO(raw, { setZone: false, zone: ZONE, locale: LOCALE });
    if (!dt.isValid) {
      const [y, mo, d] = raw.slice(0, 10).split('-').map(Number);
      return impossible(raw, y!, mo!, d!, undefined, undefined, undefined);
    }
    return { ok: true, value: dt };
  }
  return { ok: false, message: `"${text}" is not a date in a known format: ${FORMAT_HINT}`, problem: { kind: 'format' } };
}

function fromJsDate(d: Date): DateResult {
  if (Number.isNaN(d.getTime())) return { ok: false, message: `date is not a valid date: ${FORMAT_HINT}`, problem: { kind: 'format' } };
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0;
  if (utcMidnight) return parseArticleDate(d.toISOString().slice(0, 10));
  return { ok: true, value: DateTime.fromJSDate(d, { zone: ZONE }).setLocale(LOCALE) };
}

/** Explains in plain words which part of a well-formed but impossible date is wrong. */
function impossible(raw: string, y: number, mo: number, d: number, h?: number, mi?: number, s?: number): DateResult & { ok: false } {
  const fail = (message: string, problem: DateProblem) => ({ ok: false as const, message, problem });
  if (mo < 1 || mo > 12) return fail(`${raw} is not a real date: the month must be 01 to 12`, { kind: 'month' });
  const days = DateTime.fromObject({ year: y, month: mo }, { zone: ZONE }).daysInMonth ?? 31;
  if (d < 1 || d > days)
    return fail(`${raw} is not a real date: ${ENGLISH_MONTHS[mo - 1]} ${y} has ${days} days`, { kind: 'day', year: y, month: mo, days });
  if ((h ?? 0) > 23 || (mi ?? 0) > 59 || (s ?? 0) > 59)
    return fail(`${raw} is not a real time: hours go 00 to 23 and minutes 00 to 59`, { kind: 'time' });
  return fail(`${raw} is not a real date: ${FORMAT_HINT}`, { kind: 'format' });
}

/** Parses ISO text (as produced by `toIsoIst`, or any `parseArticleDate` input) or throws. */
function inIndia(iso: string): DateTime {
  const r = parseArticleDate(iso);
  if (!r.ok) throw new RangeError(r.message);
  return r.value.setZone(ZONE);
}

const IST_ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,3})?\+05:30$/;

/**
 * Wall-clock fields of a catalog date (`toIsoIst` output) read from the text itself: at +05:30 the
 * written time is India time. Luxon parsed each of them twice per page (~15 µs). Anything else
 * (another offset, a date before 1946, when India's offset was not always +05:30, an impossible
 * date) returns undefined and goes through luxon.
 */
function istFields(iso: string): { year: number; month: number; day: number; hour: number; minute: number } | undefined {
  const m = IST_ISO.exec(iso);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (year < 1946 || month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59) return undefined;
  return { year, month, day, hour, minute };
}

/** `2026-11-23T00:00:00.000+05:30` → `23 नवंबर 2026`. Latin digits, as most Hindi papers print dates. */
export function formatHindiDate(iso: string): string {
  const dt = istFields(iso) ?? inIndia(iso);
  return `${dt.day} ${hindiMonthName(dt.month)} ${dt.year}`;
}

/**
 * `23 नवंबर 2026, 14:30` (24-hour, India time). Midnight exactly is read as "no time given" —
 * date-only front-matter parses to 00:00 — so it prints as the date alone.
 */
export function formatHindiDateTime(iso: string): string {
  const dt = istFields(iso) ?? inIndia(iso);
  const date = `${dt.day} ${hindiMonthName(dt.month)} ${dt.year}`;
  if (dt.hour === 0 && dt.minute === 0) return date;
  return `${date}, ${String(dt.hour).padStart(2, '0')}:${String(dt.minute).padStart(2, '0')}`;
}

/** `formatHindiMonth(2026, 11)` → `नवंबर 2026`, for archive headings. */
export function formatHindiMonth(year: number, month: number): string {
  return `${hindiMonthName(month)} ${year}`;
}

/** The instant as ISO text in India time, like `2026-11-23T00:00:00.000+05:30`; stable across machines. */
export function toIsoIst(dt: DateTime): string {
  const iso = dt.setZone(ZONE).toISO();
  if (iso === null) throw new RangeError(`invalid date: ${dt.invalidExplanation ?? 'unknown reason'}`);
  return iso;
}
