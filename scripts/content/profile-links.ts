import { z } from 'zod';

/**
 * The social links an author's entry may carry, each with the hosts it may point to. A link goes on
 * every story's structured data (`sameAs`) and the author's page, so it must be what it says: an
 * https address of that network, never `javascript:` or a look-alike host.
 */
export const PROFILE_HOSTS = {
  x: ['x.com', 'twitter.com'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  youtube: ['youtube.com'],
  website: [],
} as const satisfies Record<string, readonly string[]>;

export type ProfileNetwork = keyof typeof PROFILE_HOSTS;

/** Whether `host` is `domain` or one of its subdomains (`www.`, `m.`). */
const onDomain = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

function profileUrl(network: ProfileNetwork) {
  const hosts: readonly string[] = PROFILE_HOSTS[network];
  const example = hosts.length ? `https://${hosts[0]}/…` : 'https://…';
  return z
    .string({ error: `must be an address like ${example}` })
    .trim()
    .refine(
      (v) => {
        let url: URL;
        try {
          url = new URL(v);
        } catch {
          return false;
        }
        if (url.protocol !== 'https:' || url.username || url.password) return false;
        return hosts.length === 0 || hosts.some((h) => onDomain(url.hostname, h));
      },
      { error: `must be an https address${hosts.length ? ` on ${hosts.join(' or ')}` : ''}, like ${example}` },
    );
}

/** `links: { x, facebook, instagram, youtube, website }` of an author, every one optional. */
export const profileLinksSchema = z
  .object(
    Object.fromEntries(Object.keys(PROFILE_HOSTS).map((k) => [k, profileUrl(k as ProfileNetwork).optional()])) as {
      [K in ProfileNetwork]: z.ZodOptional<ReturnType<typeof profileUrl>>;
    },
  )
  .strict();
