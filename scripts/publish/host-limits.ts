/** Where the built site is published; decides how much of `_redirects` and `_headers` the host reads. */
export type DeployHost = 'cloudflare-pages' | 'netlify' | 'github-pages' | 'other';

/** What a host reads of the two host files. Over a limit a host ignores the file or its tail, silently. */
export interface HostLimits {
  host: DeployHost;
  /** The host's name, for the build's message. */
  name: string;
  /** `_redirects` lines without `*` or `:placeholder` in the old address. */
  staticRedirects: number;
  /** Lines with a splat or placeholder; Cloudflare counts from the first one, so they go last. */
  dynamicRedirects: number;
  /** Both kinds together. */
  totalRedirects: number;
  /** Characters of one `_redirects` line. */
  lineChars: number;
  /** Blocks of `_headers`. */
  headerRules: number;
}

// Cloudflare Pages (developers.cloudflare.com/pages/configuration/redirects/, …/headers/, checked
// 2026-12-03): 2,000 static + 100 dynamic redirects, 1,000 characters a redirect, 100 header rules.
const CLOUDFLARE: Omit<HostLimits, 'host' | 'name'> = {
  staticRedirects: 2000,
  dynamicRedirects: 100,
  totalRedirects: 2100,
  lineChars: 1000,
  headerRules: 100,
};

/**
 * Limits by host. Netlify publishes no count, but recommends wildcards from 10,000 redirects and may
 * fail a deploy whose rules are too large, so 10,000 lines in all. GitHub Pages and buckets read
 * neither file: they get Cloudflare's limits, the strictest of the hosts that do, so the same
 * `_site/` still works if the paper moves it there.
 */
export const HOST_LIMITS: Readonly<Record<DeployHost, HostLimits>> = {
  'cloudflare-pages': { host: 'cloudflare-pages', name: 'Cloudflare Pages', ...CLOUDFLARE },
  netlify: {
    host: 'netlify',
    name: 'Netlify',
    staticRedirects: 10_000,
    dynamicRedirects: 10_000,
    totalRedirects: 10_000,
    lineChars: Number.POSITIVE_INFINITY,
    headerRules: Number.POSITIVE_INFINITY,
  },
  'github-pages': { host: 'github-pages', name: 'Cloudflare Pages (GitHub Pages reads neither file)', ...CLOUDFLARE },
  other: { host: 'other', name: 'Cloudflare Pages (the strictest host)', ...CLOUDFLARE },
};

const HOSTS = Object.keys(HOST_LIMITS) as DeployHost[];

/**
 * The host the build is for: `SAMACHAR_DEPLOY_HOST` when set (a deploy from a workflow), else the
 * host's own build environment (Cloudflare Pages sets `CF_PAGES=1`, Netlify `NETLIFY=true`), else
 * `other`, which stays within every host's limits.
 */
export function deployHost(env: NodeJS.ProcessEnv): DeployHost {
  const named = env.SAMACHAR_DEPLOY_HOST?.trim();
  if (named) {
    if ((HOSTS as string[]).includes(named)) return named as DeployHost;
    throw new Error(`SAMACHAR_DEPLOY_HOST=${named} is not a host samachar knows — write one of ${HOSTS.join(', ')}`);
  }
  if (env.CF_PAGES === '1') return 'cloudflare-pages';
  if (env.NETLIFY === 'true') return 'netlify';
  return 'other';
}
