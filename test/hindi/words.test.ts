import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { foldToken } from '../../scripts/hindi/tokens.ts';
import { WordTable } from '../../scripts/hindi/word-table.ts';
import { asciiWords, isDevanagariRunChar, isDevanagariWord, isWordChar, queryWords, scriptRuns, words } from '../../scripts/hindi/words.ts';

const split = suite('words of folded text (the matching forms)');
const cases: Array<[string, string[]]> = [
  ['किसानों ने धरना दिया', ['किसानों', 'ने', 'धरना', 'दिया']],
  ['बाड़मेर में बारिश। अगले दिन भी॥', ['बाडमेर', 'में', 'बारिश', 'अगले', 'दिन', 'भी']],
  ['लंबे-लंबे छक्के', ['लंबे', 'लंबे', 'छक्के']],
  ['"जयेशभाई जोरदार" : रणवीर सिंह', ['जयेशभाई', 'जोरदार', 'रणवीर', 'सिंह']],
  ['Budget 2023: बजट की परंपरा', ['budget', '2023', 'बजट', 'की', 'परंपरा']],
  ['RCB vs CSK: IPL२०२६', ['rcb', 'vs', 'csk', 'ipl2026']],
  ['सन् १९४७ में', ['सन्', '1947', 'में']],
  ['ज़िला फ़िल्म क़ानून', ['जिला', 'फिल्म', 'कानून']],
  ['कहाँ गईं लड़कियाँ?', ['कहां', 'गईं', 'लडकियां']],
  ['हिन्दी और हिंदी', ['हिंदी', 'और', 'हिंदी']],
  ['सम्बन्ध, संबंध', ['संबंध', 'संबंध']],
  ['अन्य कन्या', ['अन्य', 'कन्या']],
  ['कॉलेज ऑफिस डॉक्टर', ['कालेज', 'आफिस', 'डाक्टर']],
  ['डॉ॰ शर्मा', ['डा', 'शर्मा']],
  ['क्\u200dष और सड़\u200bक', ['क्ष', 'और', 'सडक']],
  ['\uFEFFखबर', ['खबर']],
  ['Hindi NEWS, Jaipur.', ['hindi', 'news', 'jaipur']],
  ['  ', []],
  ['।।', []],
  ['रु. 1,500 का भाव', ['रु', '1', '500', 'का', 'भाव']],
  ['4×100 मीटर रिले, Zoë', ['4', '100', 'मीटर', 'रिले', 'zoë']],
];
for (const [input, expected] of cases) split(JSON.stringify(input), () => assert.equal(words(foldToken(input)), expected));

split('folding each word as written gives the same words (what lets WordTable fold each form once)', () => {
  for (const text of [...cases.map(([t]) => t), 'क्\u200dष और सड़\u200bक', '\u200d खबर', 'ab\ufeffcd स\u00adड़क']) {
    const forms: string[] = [];
    const seen: string[] = [];
    new WordTable((w) => forms.push(w) - 1).scan(text, Infinity, (id) => seen.push(forms[id]!));
    assert.equal(seen, words(text), JSON.stringify(text));
    assert.equal(
      seen.map(foldToken).filter((t) => t !== ''),
      words(foldToken(text)),
      JSON.stringify(text),
    );
  }
});

const units = suite('code-unit tests');
/** Every UTF-16 code unit (hex) on which a code-unit test and a test of the one-character string differ. */
function disagreements(test: (c: number) => boolean, onString: (s: string) => boolean): string[] {
  const out: string[] = [];
  for (let c = 0; c < 0x10000; c++) if (test(c) !== onString(String.fromCharCode(c))) out.push(c.toString(16));
  return out;
}
units('isWordChar is a one-character word, for every code unit', () => {
  assert.equal(
    disagreements(isWordChar, (s) => words(s).length === 1),
    [],
  );
});
units('isDevanagariRunChar is a Devanagari script run, and a Devanagari word or a joiner, for every code unit', () => {
  assert.equal(
    disagreements(isDevanagariRunChar, (s) => scriptRuns(s)[0]?.[1] === true),
    [],
  );
  assert.equal(
    disagreements(isDevanagariRunChar, (s) => isDevanagariWord(s) || s === '\u200c' || s === '\u200d'),
    [],
  );
});
const chars = (s: string) => [...s].map((c) => c.charCodeAt(0));
units('word characters: Latin, Devanagari letters, signs and digits, joiners; not dandas, ॰ or punctuation', () => {
  for (const c of chars('aZ7éक्ि़ं०९\u200d\u200c\u00ad')) assert.ok(isWordChar(c), c.toString(16));
  for (const c of chars(' ।॥॰,-—"×÷')) assert.not.ok(isWordChar(c), c.toString(16));
});
units('Devanagari words: letters, signs and digits; not the dandas, ॰, Latin or joiners', () => {
  for (const c of 'अकिं़्०९ॲ') assert.ok(isDevanagariWord(c), c);
  for (const c of ['।', '॥', '॰', 'a', '7', '\u200d', ' ', 'क।']) assert.not.ok(isDevanagariWord(c), c);
  assert.ok(isDevanagariRunChar(0x200d) && isDevanagariRunChar(0x200c) && !isDevanagariRunChar(0x61));
});

const variants = suite('variants');
const variantCases: Array<[string, (s: string) => string[], string, string[]]> = [
  [
    'script runs: each script on its own, ASCII only',
    (s) => scriptRuns(s).map(([r]) => r),
    'bjpका 2026 café',
    ['bjp', 'का', '2026', 'caf'],
  ],
  ['script runs keep joiners inside Devanagari', (s) => scriptRuns(s).map(([r]) => r), 'क्\u200dष', ['क्\u200dष']],
  ['ASCII words of romanised text', asciiWords, 'jalore-barmer, 2026!', ['jalore', 'barmer', '2026']],
  ['query words: any script, joiners removed', queryWords, 'स्\u200dकूल ਪੰਜਾਬ? کراچی', ['स्कूल', 'ਪੰਜਾਬ', 'کراچی']],
  ['query words split at the danda', queryWords, 'बारिश।अगले', ['बारिश', 'अगले']],
];
for (const [name, fn, input, expected] of variantCases) variants(name, () => assert.equal(fn(input), expected));
variants('script runs say which are Devanagari', () => {
  assert.equal(scriptRuns('bjpका'), [
    ['bjp', false],
    ['का', true],
  ]);
});
variants('the index split leaves out other scripts, the query split keeps them', () => {
  assert.equal(words('ਪੰਜਾਬ'), []);
});

split.run();
units.run();
variants.run();
