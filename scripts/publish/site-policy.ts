import { type AdsConfig, usesAdsense, usesRawAds } from '../content/ads-config.ts';
import type { AnalyticsConfig } from '../content/analytics-config.ts';
import { type Policy, SITE_POLICY } from './security-policy.ts';

/** Sources to add to the reader pages' policy, by directive. */
type Extra = Partial<Record<'script-src' | 'frame-src' | 'img-src' | 'connect-src', readonly string[]>>;

/**
 * AdSense's origins: its script and the ones it loads (pagead2, tpc, adservice, partner), the ad frames
 * (doubleclick, safeframe, google.com), the pictures and beacons of the creatives. Google changes
 * these over time and recommends a nonce-based policy instead; a static site has no per-response
 * nonce, so this allow-list is the choice, and a creative that needs another host is blocked
 * (the slot stays the reserved box). Check the browser console after turning AdSense on.
 */
export const ADSENSE_ORIGINS: Extra = {
  'script-src': [
    'https://pagead2.googlesyndication.com',
    'https://tpc.googlesyndication.com',
    'https://adservice.google.com',
    'https://partner.googleadservices.com',
    'https://fundingchoicesmessages.google.com',
  ],
  'frame-src': [
    'https://googleads.g.doubleclick.net',
    'https://tpc.googlesyndication.com',
    'https://*.safeframe.googlesyndication.com',
    'https://www.google.com',
  ],
  'img-src': [
    'https://pagead2.googlesyndication.com',
    'https://tpc.googlesyndication.com',
    'https://*.g.doubleclick.net',
    'https://www.google.com',
  ],
  'connect-src': ['https://pagead2.googlesyndication.com', 'https://*.g.doubleclick.net', 'https://ep1.adtrafficquality.google'],
};

/** What each counter needs: where its script comes from and where it sends page views (from each provider's CSP notes). */
export function analyticsOrigins(a: AnalyticsConfig): Extra {
  switch (a.provider) {
    case 'goatcounter':
      return { 'script-src': ['https://gc.zgo.at'], 'connect-src': [`https://${a.code}.goatcounter.com`] };
    case 'plausible':
      return { 'script-src': [new URL(a.host).origin], 'connect-src': [new URL(a.host).origin] };
    case 'matomo': {
      const o = [new URL(a.url).origin];
      return { 'script-src': o, 'connect-src': o, 'img-src': o };
    }
    case 'ga4':
      return {
        'script-src': ['https://www.googletagmanager.com'],
        'img-src': ['https://*.google-analytics.com', 'https://www.googletagmanager.com'],
        'connect-src': ['https://*.google-analytics.com', 'https://*.analytics.google.com', 'https://www.googletagmanager.com'],
      };
  }
}

/**
 * The reader pages' policy for a site's settings: SITE_POLICY itself when neither ads with code nor
 * analytics are configured (empty ad slots load nothing), otherwise SITE_POLICY with exactly the
 * origins the configured ad network or counter needs. `script-src` never gains 'unsafe-inline'.
 */
export function sitePolicy(site: { ads: AdsConfig; analytics?: AnalyticsConfig | undefined }): Policy {
  const extras: Extra[] = [];
  if (usesAdsense(site.ads)) extras.push(ADSENSE_ORIGINS);
  if (usesRawAds(site.ads) && site.ads.origins.length > 0) {
    const o = site.ads.origins;
    extras.push({ 'script-src': o, 'frame-src': o, 'img-src': o, 'connect-src': o });
  }
  if (site.analytics) extras.push(analyticsOrigins(site.analytics));
  if (extras.length === 0) return SITE_POLICY;
  return SITE_POLICY.map(([name, sources]) => {
    const added = extras.flatMap((e) => e[name as keyof Extra] ?? []);
    if (added.length === 0) return [name, sources] as const;
    const all = [...new Set([...sources.split(' '), ...added])];
    return [name, all.join(' ')] as const;
  });
}
