/**
 * The site's security headers and Content-Security-Policies, in one place: `_headers`
 * (scripts/publish/headers.ts) sends them, and the pages carry the same policies in a
 * `<meta http-equiv>` tag for hosts that ignore `_headers` (GitHub Pages). Why each directive:
 * docs/security.md, "Security headers".
 */

import { EMBED_FRAME_ORIGINS } from '../content/embed-urls.ts';

/** A policy as ordered `[directive, sources]` pairs (order only keeps the output stable). */
export type Policy = ReadonlyArray<readonly [string, string]>;

/**
 * Every page a reader sees: scripts, styles, fonts, pictures and the search index come from the
 * site itself, nothing is inline (JSON-LD is data and not governed by script-src), nothing frames it.
 * Frames only from the embed players (YouTube's no-cookie host, Instagram, Facebook, Google Maps),
 * which layouts/assets/embed.js inserts after the reader's tap. Ads and analytics extend this policy
 * only when configured (scripts/publish/site-policy.ts).
 */
export const SITE_POLICY: Policy = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self'"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['frame-src', EMBED_FRAME_ORIGINS.join(' ')],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/**
 * The editors' CMS at /admin/ (Sveltia, bundled under /assets/cms/): its code only from the site —
 * no CDN, so the widgets that would import code from unpkg stay off — and its data only from
 * GitHub's API, where an editor's token goes. Svelte puts its component styles in `<style>`
 * elements, hence 'unsafe-inline' for styles (never for scripts); pictures in the editor are
 * `blob:`/`data:` URLs made from files read through the API, avatars come from GitHub. Sign-in
 * opens the OAuth proxy (SAMACHAR_CMS_AUTH_URL or Netlify's) in a pop-up window, which a page's
 * CSP does not govern, so the proxy needs no entry. Its UI fonts (jsDelivr), the update check
 * (unpkg) and GitHub's status page are refused: the CMS works without them.
 */
export const ADMIN_POLICY: Policy = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob: https://avatars.githubusercontent.com"],
  ['font-src', "'self' https://cdn.jsdelivr.net/fontsource/fonts/"],
  ['connect-src', "'self' data: blob: https://api.github.com https://www.githubstatus.com"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta>` policy cannot carry (the browser ignores them there and says so). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/** The policy as a header value. */
export function policyText(policy: Policy): string {
  return policy.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`: without the header-only directives. */
export function metaPolicyText(policy: Policy): string {
  return policyText(policy.filter(([name]) => !HEADER_ONLY.has(name)));
}

/**
 * Browser features a news archive never uses, switched off for the page and anything it embeds.
 * Only names Chromium knows: an unknown one is a console error on every page. The clipboard stays
 * on (the share buttons copy the link), and so does fullscreen.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((f) => `${f}=()`)
  .join(', ');

/** The headers every response gets, whatever it is (one `/*` rule in `_headers`). */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
};
