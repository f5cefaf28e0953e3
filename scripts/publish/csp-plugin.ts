import type { SiteModel } from '../eleventy/model.ts';
import { ADMIN_POLICY, metaPolicyText } from './security-policy.ts';
import { sitePolicy } from './site-policy.ts';

interface EleventyConfigLike {
  addGlobalData(name: string, value: unknown): void;
}

/**
 * `csp.site` and `csp.admin` for the pages' `<meta http-equiv="Content-Security-Policy">`: the same
 * policies `_headers` sends, for hosts that ignore `_headers` (GitHub Pages, a bucket), minus
 * `frame-ancestors`, which only a header can carry (X-Frame-Options and the header do that job).
 * The site's policy follows its ads and analytics settings (scripts/publish/site-policy.ts).
 */
export function cspPlugin(eleventyConfig: EleventyConfigLike, model: () => SiteModel): void {
  eleventyConfig.addGlobalData('csp', () =>
    Object.freeze({ site: metaPolicyText(sitePolicy(model().site)), admin: metaPolicyText(ADMIN_POLICY) }),
  );
}
