import { z } from 'zod';
import { msg } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';

function isHttpsBase(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && !u.username && !u.password && !u.search && !u.hash && u.href === s && s.endsWith('/');
  } catch {
    return false;
  }
}
const httpsBase = (what: string, like: string) =>
  z.string({ error: 'siteJson.notText' }).superRefine((s, ctx) => {
    if (!isHttpsBase(s)) addMessageIssue(ctx, msg('siteJson.httpsBase', { what, like }));
  });

/**
 * One counter, off by default. Each is loaded by layouts/assets/analytics.js (deferred, from the site)
 * with the settings below from a data attribute; the pages' policy names its origins only when it is on.
 */
export const analyticsConfigSchema = z.discriminatedUnion(
  'provider',
  [
    /** GoatCounter: `code` is the site's code (https://<code>.goatcounter.com). */
    z
      .object({
        provider: z.literal('goatcounter'),
        code: z.string().regex(/^[a-z0-9-]{2,50}$/, { error: 'siteJson.goatcounterCode' }),
      })
      .strict(),
    /** Plausible: `domain` as registered there; `host` for a self-hosted Plausible (default plausible.io). */
    z
      .object({
        provider: z.literal('plausible'),
        domain: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, { error: 'siteJson.plausibleDomain' }),
        host: httpsBase('host', 'https://plausible.io/').default('https://plausible.io/'),
      })
      .strict(),
    /** Matomo: the server's address and the site's id there. */
    z
      .object({
        provider: z.literal('matomo'),
        url: httpsBase('url', 'https://stats.example.org/'),
        siteId: z.number().int().min(1, { error: 'siteJson.matomoSiteId' }),
      })
      .strict(),
    /** Google Analytics 4: the measurement id. */
    z
      .object({
        provider: z.literal('ga4'),
        measurementId: z.string().regex(/^G-[A-Z0-9]{4,12}$/, { error: 'siteJson.ga4Id' }),
      })
      .strict(),
  ],
  { error: 'siteJson.analyticsProvider' },
);

export type AnalyticsConfig = z.infer<typeof analyticsConfigSchema>;
