import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeXml, laterOf, w3cDateTime } from '../../scripts/seo/xml.ts';

const escape = suite('escapeXml');
for (const [input, expected] of [
  ['a & b', 'a &amp; b'],
  ['<ऊँचे> "भाव"', '&lt;ऊँचे&gt; &quot;भाव&quot;'],
  ['टैब\tठीक\u0001ग़लत\u000b', 'टैब\tठीकग़लत'],
  ['&amp;', '&amp;amp;'],
  // Each character alone, so a quick check that lets one through shows.
  ['>', '&gt;'],
  ['\ufffe', ''],
  ['\u001f', ''],
  ['https://example.com/2026/11/nahar/', 'https://example.com/2026/11/nahar/'],
] as const)
  escape(JSON.stringify(input), () => assert.is(escapeXml(input), expected));
escape.run();

const dates = suite('w3cDateTime');
for (const [input, expected] of [
  ['2026-11-23T00:00:00.000+05:30', '2026-11-23T00:00:00+05:30'],
  ['2026-11-23T18:45:00+05:30', '2026-11-23T18:45:00+05:30'],
  ['2026-11-23T13:15:00.123Z', '2026-11-23T13:15:00Z'],
] as const)
  dates(input, () => assert.is(w3cDateTime(input), expected));
dates('laterOf keeps the later time', () => {
  assert.is(laterOf(undefined, '2026-01-01T00:00:00+05:30'), '2026-01-01T00:00:00+05:30');
  assert.is(laterOf('2026-02-01T00:00:00+05:30', '2026-01-01T00:00:00+05:30'), '2026-02-01T00:00:00+05:30');
});
dates.run();
