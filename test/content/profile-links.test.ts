import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { profileLinksSchema } from '../../scripts/content/profile-links.ts';

const links = suite('profileLinksSchema');
const accepted: Array<Record<string, string>> = [
  { x: 'https://x.com/asha_jalore' },
  { x: 'https://twitter.com/asha_jalore' },
  { facebook: 'https://www.facebook.com/asha.jalore' },
  { facebook: 'https://m.facebook.com/asha.jalore' },
  { instagram: 'https://www.instagram.com/asha.jalore' },
  { youtube: 'https://www.youtube.com/@asha-jalore' },
  { website: 'https://asha-meena.example/parichay' },
];
for (const input of accepted) links(`accepts ${Object.values(input)[0]}`, () => assert.ok(profileLinksSchema.safeParse(input).success));

const refused: Array<[Record<string, unknown>, string]> = [
  [{ x: 'http://x.com/asha' }, 'links.x: must be an https address on x.com or twitter.com'],
  [{ x: 'https://x.com.evil.example/asha' }, 'links.x: must be an https address'],
  [{ x: 'https://notx.com/asha' }, 'links.x: must be an https address'],
  [{ facebook: 'https://x.com/asha' }, 'links.facebook: must be an https address on facebook.com'],
  [{ instagram: 'javascript:alert(1)' }, 'links.instagram: must be an https address'],
  [{ youtube: 'https://user:pw@youtube.com/@a' }, 'links.youtube: must be an https address'],
  [{ website: 'asha-meena.example' }, 'links.website: must be an https address, like https://…'],
  [{ website: 42 }, 'links.website: must be an address'],
  [{ threads: 'https://threads.net/@asha' }, 'threads'],
];
for (const [input, message] of refused) {
  links(`refuses ${JSON.stringify(input)}`, () => {
    const r = profileLinksSchema.safeParse(input);
    assert.is(r.success, false);
    // As the data file check prints it: `links.<network>: <message>`.
    const text = r
      .error!.issues.map((i) => `links.${i.path.join('.')}: ${i.message} ${'keys' in i ? (i.keys as string[]).join() : ''}`)
      .join(' | ');
    assert.ok(text.includes(message), text);
  });
}
links.run();
