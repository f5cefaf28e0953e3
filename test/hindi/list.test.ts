import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { joinHindi, listJoiners } from '../../scripts/hindi/list.ts';

const join = suite('joinHindi');
const table: Array<[string[], string]> = [
  [[], ''],
  [['रवि जोशी'], 'रवि जोशी'],
  [['रवि जोशी', 'आशा मीणा'], 'रवि जोशी और आशा मीणा'],
  [['क', 'ख', 'ग'], 'क, ख और ग'],
  [['क', 'ख', 'ग', 'घ'], 'क, ख, ग और घ'],
];
for (const [items, expected] of table) join(`${items.length} → ${expected || '(empty)'}`, () => assert.is(joinHindi(items), expected));
join('one joiner per item, nothing before the first', () => assert.equal(listJoiners(3), ['', ', ', ' और ']));
join.run();
