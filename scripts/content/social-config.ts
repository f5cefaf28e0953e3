import { z } from 'zod';
import { msg, type Msg } from './messages.ts';
import { addMessageIssue } from './site-issues.ts';

/**
 * The paper's own accounts, `social` in site.json, linked with an icon from every page's footer.
 * Each network's address must be on that network's site over https: a typo or a pasted tracking
 * link to somewhere else would otherwise be published on every page under the network's icon.
 */
export const SOCIAL_NETWORKS = {
  facebook: { name: 'फ़ेसबुक', hosts: ['facebook.com', 'fb.com'], example: 'https://www.facebook.com/marudharsamachar' },
  x: { name: 'X (ट्विटर)', hosts: ['x.com', 'twitter.com'], example: 'https://x.com/marudharsamachar' },
  youtube: { name: 'यूट्यूब', hosts: ['youtube.com'], example: 'https://www.youtube.com/@marudharsamachar' },
  instagram: { name: 'इंस्टाग्राम', hosts: ['instagram.com'], example: 'https://www.instagram.com/marudharsamachar' },
  whatsapp: { name: 'व्हाट्सऐप चैनल', hosts: ['whatsapp.com'], example: 'https://whatsapp.com/channel/0029Va0000000000' },
  telegram: { name: 'टेलीग्राम', hosts: ['t.me', 'telegram.me'], example: 'https://t.me/marudharsamachar' },
} as const;
export type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

/** What is wrong with `text` as the address of an account on `network`, or undefined. */
export function socialUrlProblem(network: SocialNetwork, text: string): Msg | undefined {
  const { hosts, example } = SOCIAL_NETWORKS[network];
  let u: URL;
  try {
    u = new URL(text);
  } catch {
    return msg('siteJson.socialNotUrl', { example });
  }
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:' || u.username || u.password || /[\s"'<>`\\]/.test(text)) return msg('siteJson.socialHttps', { example });
  if (!hosts.some((h) => host === h || host.endsWith(`.${h}`)))
    return msg('siteJson.socialHost', { hosts: { hi: hosts.join(' या '), en: hosts.join(' or ') }, example });
  if (u.pathname.length < 2) return msg('siteJson.socialHome', { example });
  return undefined;
}

const urlFor = (network: SocialNetwork) =>
  z
    .string({ error: 'siteJson.notText' })
    .trim()
    .superRefine((v, ctx) => {
      const problem = socialUrlProblem(network, v);
      if (problem) addMessageIssue(ctx, problem);
    })
    .optional();

/** `social` in site.json: `{ "facebook": "https://…", "youtube": "https://…" }`, any of the networks above. */
export const socialSchema = z
  .object(
    Object.fromEntries(Object.keys(SOCIAL_NETWORKS).map((n) => [n, urlFor(n as SocialNetwork)])) as Record<
      SocialNetwork,
      ReturnType<typeof urlFor>
    >,
  )
  .strict()
  .prefault({});

/** The accounts set, in the order of SOCIAL_NETWORKS, with their Hindi names. */
export function socialLinks(social: Partial<Record<SocialNetwork, string | undefined>>) {
  return (Object.keys(SOCIAL_NETWORKS) as SocialNetwork[]).flatMap((network) => {
    const url = social[network];
    return url ? [{ network, url, name: SOCIAL_NETWORKS[network].name }] : [];
  });
}
