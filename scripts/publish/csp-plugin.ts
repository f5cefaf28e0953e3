import { ADMIN_POLICY, metaPolicyText, SITE_POLICY } from './security-policy.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
}

/**
 * `csp.site` and `csp.admin` for the pages' `<meta http-equiv="Content-Security-Policy">`: the same
 * policies `_headers` sends, for hosts that ignore `_headers` (GitHub Pages, a bucket), minus
 * `frame-ancestors`, which only a header can carry (X-Frame-Options and the header do that job).
 */
export function cspPlugin(eleventyConfig: EleventyConfigLike): void {
  eleventyConfig.addGlobalData('csp', Object.freeze({ site: metaPolicyText(SITE_POLICY), admin: metaPolicyText(ADMIN_POLICY) }));
}
