import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { DateTime } from 'luxon';
import {
  formatHindiDate,
  formatHindiDateTime,
  formatHindiMonth,
  hindiMonthName,
  parseArticleDate,
  toIsoIst,
  ZONE,
} from '../../scripts/hindi/dates.ts';

const parse = suite('parseArticleDate');

const good: Array<[string | Date, string]> = [
  ['2026-11-23', '2026-11-23T00:00:00.000+05:30'],
  ['  2026-11-23  ', '2026-11-23T00:00:00.000+05:30'],
  ['2026-11-23 14:30', '2026-11-23T14:30:00.000+05:30'],
  ['2026-11-23T14:30', '2026-11-23T14:30:00.000+05:30'],
  ['2026-11-23T14:30:15', '2026-11-23T14:30:15.000+05:30'],
  ['2026-11-23T09:00:00+05:30', '2026-11-23T09:00:00.000+05:30'],
  ['2026-11-23T20:00:00Z', '2026-11-24T01:30:00.000+05:30'],
  ['2026-11-23T18:29:59Z', '2026-11-23T23:59:59.000+05:30'],
  ['2026-11-23T10:00:00.250+00:00', '2026-11-23T15:30:00.250+05:30'],
  ['2026-11-23T10:00:00-04:00', '2026-11-23T19:30:00.000+05:30'],
  ['२०२६-११-२३', '2026-11-23T00:00:00.000+05:30'],
  ['२०२६-११-२३ ०९:४५', '2026-11-23T09:45:00.000+05:30'],
  ['2024-02-29', '2024-02-29T00:00:00.000+05:30'],
  ['2000-02-29', '2000-02-29T00:00:00.000+05:30'],
  ['2026-12-31 23:59', '2026-12-31T23:59:00.000+05:30'],
  [new Date('2026-11-23'), '2026-11-23T00:00:00.000+05:30'],
  [new Date('2026-11-23T20:00:00Z'), '2026-11-24T01:30:00.000+05:30'],
];
for (const [input, expected] of good) {
  parse(`accepts ${String(input)}`, () => {
    const r = parseArticleDate(input);
    assert.ok(r.ok, r.ok ? '' : r.message);
    if (r.ok) assert.is(toIsoIst(r.value), expected);
  });
}

const bad: Array<[string, string]> = [
  ['2023-02-30', '2023-02-30 is not a real date: February 2023 has 28 days'],
  ['2023-02-29', 'February 2023 has 28 days'],
  ['1900-02-29', 'February 1900 has 28 days'],
  ['2026-04-31', 'April 2026 has 30 days'],
  ['2026-13-01', 'the month must be 01 to 12'],
  ['2026-00-10', 'the month must be 01 to 12'],
  ['2026-11-00', 'November 2026 has 30 days'],
  ['2026-11-23 24:00', 'not a real time'],
  ['2026-11-23 10:60', 'not a real time'],
  ['2026-02-30T10:00:00Z', 'February 2026 has 28 days'],
  ['23/11/2026', 'YYYY-MM-DD'],
  ['23-11-2026', 'YYYY-MM-DD HH:MM'],
  ['2026-1-5', 'YYYY-MM-DD'],
  ['23 नवंबर 2026', 'YYYY-MM-DD'],
  ['कल', 'YYYY-MM-DD'],
  ['', 'date is empty'],
  ['2026-11-23 2:30', 'YYYY-MM-DD HH:MM'],
];
for (const [input, message] of bad) {
  parse(`rejects ${JSON.stringify(input)}`, () => {
    const r = parseArticleDate(input);
    assert.is(r.ok, false);
    if (!r.ok) assert.ok(r.message.includes(message), r.message);
  });
}

parse('date-only is that day in India whatever the machine zone', () => {
  const r = parseArticleDate('2026-11-23');
  assert.ok(r.ok);
  if (r.ok) {
    assert.is(r.value.zoneName, 'Asia/Kolkata');
    assert.is(r.value.day, 23);
    assert.is(r.value.toUTC().toISO(), '2026-11-22T18:30:00.000Z');
  }
});

const date = suite('formatHindiDate');
const dates: Array<[string, string]> = [
  ['2026-11-23T00:00:00.000+05:30', '23 नवंबर 2026'],
  ['2026-11-23', '23 नवंबर 2026'],
  ['2026-01-01', '1 जनवरी 2026'],
  ['2024-02-29T12:00:00.000+05:30', '29 फ़रवरी 2024'],
  ['2026-11-23T20:00:00Z', '24 नवंबर 2026'],
  ['2026-11-23T18:29:00Z', '23 नवंबर 2026'],
  ['2026-10-02', '2 अक्टूबर 2026'],
];
for (const [input, expected] of dates) date(input, () => assert.is(formatHindiDate(input), expected));
date('throws on an impossible date', () => assert.throws(() => formatHindiDate('2023-02-30'), /28 days/));

const dateTime = suite('formatHindiDateTime');
const dateTimes: Array<[string, string]> = [
  ['2026-11-23T14:30:00.000+05:30', '23 नवंबर 2026, 14:30'],
  ['2026-11-23', '23 नवंबर 2026'],
  ['2026-11-23T00:00:00.000+05:30', '23 नवंबर 2026'],
  ['2026-11-23 09:05', '23 नवंबर 2026, 09:05'],
  ['2026-11-23T20:00:00Z', '24 नवंबर 2026, 01:30'],
  ['2026-11-23T00:01', '23 नवंबर 2026, 00:01'],
];
for (const [input, expected] of dateTimes) dateTime(input, () => assert.is(formatHindiDateTime(input), expected));
dateTime('catalog dates (+05:30) print as luxon reads them in India, a year of hours apart', () => {
  for (let t = Date.UTC(2025, 0, 1, 0, 7); t < Date.UTC(2026, 0, 1); t += 3_600_000 * 7 + 60_000 * 13) {
    const dt = DateTime.fromMillis(t, { zone: ZONE });
    const expected = `${dt.day} ${hindiMonthName(dt.month)} ${dt.year}${dt.hour === 0 && dt.minute === 0 ? '' : `, ${dt.toFormat('HH:mm')}`}`;
    assert.is(formatHindiDateTime(toIsoIst(dt)), expected);
  }
});
dateTime('an impossible +05:30 date still throws', () =>
  assert.throws(() => formatHindiDateTime('2023-02-30T10:00:00.000+05:30'), /28 days/),
);
dateTime('before 1946 India was not always at +05:30: luxon decides', () => {
  const dt = DateTime.fromISO('1943-06-01T10:00:00.000+05:30', { zone: ZONE });
  assert.is(formatHindiDateTime('1943-06-01T10:00:00.000+05:30'), `1 जून 1943, ${dt.toFormat('HH:mm')}`);
});

const month = suite('formatHindiMonth');
const months: Array<[[number, number], string]> = [
  [[2026, 11], 'नवंबर 2026'],
  [[2025, 1], 'जनवरी 2025'],
  [[2024, 12], 'दिसंबर 2024'],
];
for (const [[y, m], expected] of months) month(`${y}-${m}`, () => assert.is(formatHindiMonth(y, m), expected));

const name = suite('hindiMonthName');
const names = ['जनवरी', 'फ़रवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
for (const [i, expected] of names.entries()) name(`${i + 1}`, () => assert.is(hindiMonthName(i + 1), expected));
for (const m of [0, 13, 1.5]) name(`rejects ${m}`, () => assert.throws(() => hindiMonthName(m), /1 to 12/));

const iso = suite('toIsoIst');
const isos: Array<[DateTime, string]> = [
  [DateTime.fromISO('2026-11-22T18:30:00Z'), '2026-11-23T00:00:00.000+05:30'],
  [DateTime.fromObject({ year: 2026, month: 11, day: 23 }, { zone: 'America/New_York' }), '2026-11-23T10:30:00.000+05:30'],
];
for (const [dt, expected] of isos) iso(expected, () => assert.is(toIsoIst(dt), expected));
iso('throws on an invalid DateTime', () => assert.throws(() => toIsoIst(DateTime.invalid('test'))));

parse.run();
date.run();
dateTime.run();
month.run();
name.run();
iso.run();
