import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { toDevanagariDigits, toLatinDigits } from '../../scripts/hindi/numerals.ts';

const latin = suite('toLatinDigits');
const toLatin: Array<[string, string]> = [
  ['०१२३४५६७८९', '0123456789'],
  ['२०२६', '2026'],
  ['वार्ड नं. १५ में ३ मौतें', 'वार्ड नं. 15 में 3 मौतें'],
  ['₹१,२५,०००', '₹1,25,000'],
  ['2026 और २०२६', '2026 और 2026'],
  ['कोई अंक नहीं', 'कोई अंक नहीं'],
  ['', ''],
];
for (const [input, expected] of toLatin) latin(input || '(empty)', () => assert.is(toLatinDigits(input), expected));

const deva = suite('toDevanagariDigits');
const toDeva: Array<[string, string]> = [
  ['0123456789', '०१२३४५६७८९'],
  ['2026', '२०२६'],
  ['वार्ड 15', 'वार्ड १५'],
  ['NH-68', 'NH-६८'],
  ['', ''],
];
for (const [input, expected] of toDeva) deva(input || '(empty)', () => assert.is(toDevanagariDigits(input), expected));
deva('round-trips with toLatinDigits', () => assert.is(toLatinDigits(toDevanagariDigits('12:30, 23-11-2026')), '12:30, 23-11-2026'));

latin.run();
deva.run();
