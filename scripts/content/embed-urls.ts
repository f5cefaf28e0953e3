/**
 * Which addresses become embeds, and the iframe each one loads after the reader's tap. Recognition is
 * strict: the address is parsed with URL, its host must be on the list, its path must match one of
 * the platform's known forms and every id is checked. Anything else stays an ordinary link.
 */

/** The platforms an embed can come from. */
export type Platform = 'youtube' | 'x' | 'instagram' | 'facebook' | 'maps';

/** A recognised address: the platform and, where the platform offers one without its script, the iframe's address. */
export interface EmbedTarget {
  platform: Platform;
  /** The address as the story gave it (normalised by URL): the link readers follow without JavaScript. */
  href: string;
  /** The iframe to load after the tap; absent when the platform needs its own script (then the link opens). */
  frame?: string;
}

/**
 * The iframes' origins, for the pages' `frame-src`. X is not here: its embed needs X's script
 * (widgets.js), so an X post stays a link that opens on X.
 */
export const EMBED_FRAME_ORIGINS = [
  'https://www.youtube-nocookie.com',
  'https://www.instagram.com',
  'https://www.facebook.com',
  'https://www.google.com',
] as const;

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const TWEET_ID = /^\d{1,20}$/;
const X_USER = /^[A-Za-z0-9_]{1,15}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,40}$/;
const FACEBOOK_ID = /^\d{5,25}$/;
const FACEBOOK_PAGE = /^[A-Za-z0-9.]{1,80}$/;
const LAT_LNG_ZOOM = /^@(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?),(\d{1,2}(?:\.\d+)?)z$/;

const YOUTUBE_HOSTS = new Set(['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be']);
const X_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com']);
const INSTAGRAM_HOSTS = new Set(['instagram.com', 'www.instagram.com']);
const FACEBOOK_HOSTS = new Set(['facebook.com', 'www.facebook.com', 'm.facebook.com', 'fb.watch']);
const MAPS_HOSTS = new Set(['www.google.com', 'google.com', 'maps.google.com', 'www.google.co.in', 'google.co.in', 'maps.app.goo.gl']);

const youtubeFrame = (id: string | null | undefined) =>
  id && YOUTUBE_ID.test(id) ? `https://www.youtube-nocookie.com/embed/${id}` : undefined;

function youtube(u: URL): string | undefined {
  const parts = u.pathname.split('/').filter(Boolean);
  if (u.hostname === 'youtu.be') return parts.length === 1 ? youtubeFrame(parts[0]) : undefined;
  if (parts.length === 1 && parts[0] === 'watch') return youtubeFrame(u.searchParams.get('v'));
  if (parts.length === 2 && ['shorts', 'live', 'embed'].includes(parts[0]!)) return youtubeFrame(parts[1]);
  return undefined;
}

/** `/<user>/status/<id>`: a post. Profiles, searches and lists are not embeds. */
const isXPost = (u: URL) => {
  const [user, status, id, ...rest] = u.pathname.split('/').filter(Boolean);
  return rest.length === 0 && X_USER.test(user ?? '') && status === 'status' && TWEET_ID.test(id ?? '');
};

function instagram(u: URL): string | undefined {
  const [kind, code, ...rest] = u.pathname.split('/').filter(Boolean);
  if (rest.length > 0 || !['p', 'reel', 'tv'].includes(kind ?? '') || !INSTAGRAM_CODE.test(code ?? '')) return undefined;
  return `https://www.instagram.com/${kind}/${code}/embed/`;
}

/** A Facebook video: `/watch/?v=<id>`, `/<page>/videos/<id>`, `/reel/<id>` or a fb.watch short link. */
function isFacebookVideo(u: URL): boolean {
  const parts = u.pathname.split('/').filter(Boolean);
  if (u.hostname === 'fb.watch') return parts.length === 1 && /^[A-Za-z0-9_-]{5,20}$/.test(parts[0]!);
  if (parts.length === 1 && parts[0] === 'watch') return FACEBOOK_ID.test(u.searchParams.get('v') ?? '');
  if (parts.length === 2 && parts[0] === 'reel') return FACEBOOK_ID.test(parts[1]!);
  return parts.length === 3 && FACEBOOK_PAGE.test(parts[0]!) && parts[1] === 'videos' && FACEBOOK_ID.test(parts[2]!);
}

const mapsFrame = (q: string, zoom?: string) =>
  `https://www.google.com/maps?${new URLSearchParams({ q, ...(zoom ? { z: String(Math.round(Number(zoom))) } : {}), output: 'embed' })}`;

/** Google Maps: a place, a point, a search or a `?q=` link. A maps.app.goo.gl short link hides its place, so it opens Maps. */
function maps(u: URL): string | undefined | null {
  if (u.hostname === 'maps.app.goo.gl') return /^\/[A-Za-z0-9]{5,30}$/.test(u.pathname) ? null : undefined;
  const parts = u.pathname.split('/').filter(Boolean);
  const q = (s: string | null) => (s && s.trim().length > 0 && s.length <= 200 ? s.trim() : undefined);
  if (u.hostname === 'maps.google.com' && parts.length === 0) {
    const query = q(u.searchParams.get('q'));
    return query ? mapsFrame(query) : undefined;
  }
  if (parts[0] !== 'maps') return undefined;
  if (parts.length === 1) {
    const query = q(u.searchParams.get('q'));
    return query ? mapsFrame(query) : undefined;
  }
  if (parts[1] === 'search' && parts.length === 2 && u.searchParams.get('api') === '1') {
    const query = q(u.searchParams.get('query'));
    return query ? mapsFrame(query) : undefined;
  }
  const point = (s: string | undefined) => (s ? LAT_LNG_ZOOM.exec(s) : null);
  if (parts.length === 2) {
    const p = point(parts[1]);
    return p ? mapsFrame(`${p[1]},${p[2]}`, p[3]) : undefined;
  }
  if (parts[1] === 'place' && (parts.length === 3 || (parts.length >= 4 && point(parts[3])))) {
    const name = q(decodeURIComponent(parts[2]!).replace(/\+/g, ' '));
    return name ? mapsFrame(name) : undefined;
  }
  return undefined;
}

/** The embed an address stands for, or undefined (an ordinary link). Only `https:` on the standard port, no user name. */
export function recogniseEmbed(address: string): EmbedTarget | undefined {
  let u: URL;
  try {
    u = new URL(address);
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' || u.port !== '' || u.username !== '' || u.password !== '') return undefined;
  const host = u.hostname;
  const target = (platform: Platform, frame?: string | null): EmbedTarget => ({ platform, href: u.href, ...(frame ? { frame } : {}) });
  if (YOUTUBE_HOSTS.has(host)) {
    const frame = youtube(u);
    return frame ? target('youtube', frame) : undefined;
  }
  if (X_HOSTS.has(host)) return isXPost(u) ? target('x') : undefined;
  if (INSTAGRAM_HOSTS.has(host)) {
    const frame = instagram(u);
    return frame ? target('instagram', frame) : undefined;
  }
  if (FACEBOOK_HOSTS.has(host)) {
    if (!isFacebookVideo(u)) return undefined;
    // The video plugin wants the video's own address; an fb.watch short link opens Facebook instead.
    if (host === 'fb.watch') return target('facebook');
    return target('facebook', `https://www.facebook.com/plugins/video.php?${new URLSearchParams({ href: u.href, show_text: 'false' })}`);
  }
  if (MAPS_HOSTS.has(host)) {
    const frame = maps(u);
    return frame === undefined ? undefined : target('maps', frame);
  }
  return undefined;
}
