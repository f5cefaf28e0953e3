import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { buildYear, menuWidthEm, navMenu, PHONE_MENU_EM } from '../../scripts/eleventy/chrome.ts';

const m = suite('navMenu: what fits a 360 px phone, the rest under "और"');
const cats = (names: string[]) => names.map((name, i) => ({ slug: `c${i}`, name }));
m('widths: signs above, below and in conjuncts take no room, vowel signs half a letter', () => {
  const em = (text: string) => Number(menuWidthEm(text).toFixed(2));
  assert.is(em('खेल'), 1.36);
  assert.is(em('स्वास्थ्य'), 3.72);
  assert.ok(menuWidthEm('कृषि-मंडी') > menuWidthEm('कृषिमंडी'));
  assert.is(em('राजनीति'), 3.68);
});
m('the sample menu: three entries in the row on a phone, the districts index last', () => {
  const menu = navMenu(cats(['राजनीति', 'अपराध', 'स्वास्थ्य', 'कृषि-मंडी', 'खेल', 'शिक्षा', 'मौसम', 'पानी-बिजली']));
  assert.is(menu.items.length, 9);
  assert.equal(menu.items.at(-1), { key: 'jila', name: 'ज़िले', url: '/jila/' });
  assert.is(menu.phone, 3);
});
m('short names: more in the row; everything that fits means no "और"', () => {
  assert.is(navMenu(cats(['खेल', 'मौसम', 'शिक्षा'])).phone, 4);
  const row = navMenu(cats(['खेल', 'मौसम', 'शिक्षा', 'कृषि', 'धर्म', 'व्यापार', 'देश'])).phone;
  assert.ok(row >= 5 && row < 8, String(row));
});
m('whatever the names, the row stays within the budget', () => {
  const names = ['अंतरराष्ट्रीय समाचार', 'प्रौद्योगिकी', 'मनोरंजन', 'खेल'];
  const menu = navMenu(cats(names));
  const used = menu.items.slice(0, menu.phone).reduce((sum, i) => sum + menuWidthEm(i.name) + 0.9, -0.9);
  assert.ok(used <= PHONE_MENU_EM, String(used));
  assert.ok(menu.phone >= 0);
});
m.run();

const y = suite('buildYear');
y('the year in India, from the build clock', () => {
  assert.is(buildYear(Date.parse('2026-12-31T19:00:00Z')), 2027);
  assert.is(buildYear(Date.parse('2026-12-31T18:00:00Z')), 2026);
});
y.run();
