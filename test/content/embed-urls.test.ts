import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { recogniseEmbed } from '../../scripts/content/embed-urls.ts';

const accepted = suite('recogniseEmbed: accepted addresses');
// [address, platform, iframe (undefined: the link opens the platform)]
const YES: Array<[string, string, string | undefined]> = [
  ['https://www.youtube.com/watch?v=Jw4iBndh2Gt', 'youtube', 'https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt'],
  ['https://youtube.com/watch?v=Jw4iBndh2Gt&t=42s', 'youtube', 'https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt'],
  ['https://m.youtube.com/watch?v=a_b-C1d2E3f', 'youtube', 'https://www.youtube-nocookie.com/embed/a_b-C1d2E3f'],
  ['https://youtu.be/Jw4iBndh2Gt', 'youtube', 'https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt'],
  ['https://www.youtube.com/shorts/Jw4iBndh2Gt', 'youtube', 'https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt'],
  ['https://www.youtube.com/live/Jw4iBndh2Gt', 'youtube', 'https://www.youtube-nocookie.com/embed/Jw4iBndh2Gt'],
  ['https://x.com/jalorepolice/status/1863000000000000001', 'x', undefined],
  ['https://twitter.com/Jalore_Police/status/123456', 'x', undefined],
  ['https://www.instagram.com/p/C1aBcD_eF-9/', 'instagram', 'https://www.instagram.com/p/C1aBcD_eF-9/embed/'],
  ['https://instagram.com/reel/C1aBcDeFg/', 'instagram', 'https://www.instagram.com/reel/C1aBcDeFg/embed/'],
  [
    'https://www.facebook.com/watch/?v=123456789012345',
    'facebook',
    'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D123456789012345&show_text=false',
  ],
  [
    'https://www.facebook.com/paliprashasan/videos/123456789012345/',
    'facebook',
    'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fpaliprashasan%2Fvideos%2F123456789012345%2F&show_text=false',
  ],
  ['https://fb.watch/aB3dE5fG/', 'facebook', undefined],
  [
    'https://www.google.com/maps/place/Jawai+Dam,+Rajasthan/@25.0867,73.1650,12z',
    'maps',
    'https://www.google.com/maps?q=Jawai+Dam%2C+Rajasthan&output=embed',
  ],
  ['https://www.google.com/maps/@25.3447,72.6256,14z', 'maps', 'https://www.google.com/maps?q=25.3447%2C72.6256&z=14&output=embed'],
  [
    'https://www.google.com/maps/search/?api=1&query=जालोर+क़िला',
    'maps',
    'https://www.google.com/maps?q=%E0%A4%9C%E0%A4%BE%E0%A4%B2%E0%A5%8B%E0%A4%B0+%E0%A4%95%E0%A4%BC%E0%A4%BF%E0%A4%B2%E0%A4%BE&output=embed',
  ],
  ['https://maps.google.com/?q=Sumerpur', 'maps', 'https://www.google.com/maps?q=Sumerpur&output=embed'],
  ['https://maps.app.goo.gl/AbC123xYz', 'maps', undefined],
];
for (const [address, platform, frame] of YES)
  accepted(address, () => {
    const t = recogniseEmbed(address);
    assert.ok(t, 'recognised');
    assert.is(t!.platform, platform);
    assert.is(t!.frame, frame);
  });
accepted.run();

const refused = suite('recogniseEmbed: refused addresses stay links');
const NO: Array<[string, string]> = [
  ['http://www.youtube.com/watch?v=Jw4iBndh2Gt', 'not https'],
  ['https://www.youtube.com:8443/watch?v=Jw4iBndh2Gt', 'a port'],
  ['https://user@www.youtube.com/watch?v=Jw4iBndh2Gt', 'a user name'],
  ['https://www.youtube.com/watch?v=short', 'id too short'],
  ['https://www.youtube.com/watch?v=Jw4iBndh2Gt"x', 'id with a quote'],
  ['https://www.youtube.com/channel/UCabcdefghijk', 'a channel'],
  ['https://youtu.be/Jw4iBndh2Gt/extra', 'extra path'],
  ['https://www.youtube.com.evil.example/watch?v=Jw4iBndh2Gt', 'look-alike host'],
  ['https://evilyoutube.com/watch?v=Jw4iBndh2Gt', 'look-alike host'],
  ['https://x.com/jalorepolice', 'a profile'],
  ['https://x.com/jalorepolice/status/12ab', 'id not digits'],
  ['https://x.com/search?q=jalore', 'a search'],
  ['https://www.instagram.com/jalore_news/', 'a profile'],
  ['https://www.instagram.com/p/../embed', 'a dot path'],
  ['https://www.facebook.com/paliprashasan', 'a page, not a video'],
  ['https://www.facebook.com/watch/?v=abc', 'video id not digits'],
  ['https://www.google.com/search?q=jawai', 'a search, not maps'],
  ['https://www.google.com/maps/dir/Pali/Sumerpur', 'directions'],
  ['https://www.google.com/maps/@25.3,72.6', 'a point without zoom'],
  ['https://maps.app.goo.gl/', 'a short link without its code'],
  ['javascript:alert(1)', 'a script address'],
  ['not a url', 'no address at all'],
];
for (const [address, why] of NO) refused(`${why}: ${address}`, () => assert.is(recogniseEmbed(address), undefined));
refused.run();
