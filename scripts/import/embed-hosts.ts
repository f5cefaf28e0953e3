/** Platforms whose address, alone on a line, the site shows as an embed (content/embed-urls.ts decides exactly which). */
export const EMBED_HOSTS = /^https:\/\/(?:www\.|m\.)?(?:youtube\.com|youtu\.be|x\.com|twitter\.com|instagram\.com|facebook\.com)\//;

/** Whether an address is one of those platforms'. */
export const isEmbedUrl = (url: string): boolean => EMBED_HOSTS.test(url);
