import type { Browser, Page } from 'playwright-core';
import type { OldAddress } from './wxr-addresses.ts';

/** How the addresses are followed. */
export interface FollowOptions {
  /** Where the site is served (`http://127.0.0.1:1234`, or with its folder `…/repo`). */
  base: string;
  /** The site's folder as its paths start (`/repo`), '' at the top. */
  prefix?: string;
  /** Tabs following in parallel (default 4). */
  tabs?: number;
  /** Give up after this many failures (a broken lookup would otherwise wait out every address). */
  maxFailures?: number;
  /** Called after each address, with the count done and failed, and with each failure when it is final. */
  progress?: (done: number, failed: number) => void;
  onFailure?: (failure: string) => void;
}

// Nothing the redirects need: the pages' scripts (redirect.js) and the map's JSON still load.
const NOT_NEEDED = ['*.css', '*.woff2', '*.woff', '*.png', '*.jpg', '*.jpeg', '*.webp', '*.avif', '*.svg', '*.ico', '*.mp4'];

/**
 * Opens each old address in Chromium and waits until the browser itself, following the redirect page's
 * meta refresh or the 404 or front page's lookup script, starts loading the expected page (path and
 * query, with the site's folder). The target page is not rendered: the next address's navigation
 * cancels it, which halves the time (about 0.14 CPU s an address instead of 0.21 here); that each
 * target is a page of the site is the caller's check. An address that fails is tried again alone at
 * the end (on a machine shared by many, a redirect page can wait out the timeout); one line per address
 * that failed twice is returned, with the number retried.
 */
export async function followAddresses(
  browser: Browser,
  addresses: readonly OldAddress[],
  o: FollowOptions,
): Promise<{ failures: string[]; retried: number }> {
  const { base, prefix = '', tabs = 4, maxFailures = 20 } = o;
  const failures: string[] = [];
  const again: OldAddress[] = [];
  const queue = [...addresses];
  let done = 0;
  // One context for all tabs: Chromium then keeps one renderer per tab, where contexts of their own
  // started a new renderer process for most navigations (twice the CPU).
  const context = await browser.newContext();
  const worker = async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setBlockedURLs', { urls: NOT_NEEDED });
    for (let a = queue.shift(); a && again.length < maxFailures; a = queue.shift()) {
      if (await follow(page, a, base, prefix)) again.push(a);
      o.progress?.(++done, again.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: tabs }, worker));
    queue.push(...again);
    const page = await context.newPage();
    for (let a = queue.shift(); a; a = queue.shift()) {
      const failure = await follow(page, a, base, prefix);
      if (failure) failures.push(failure);
      if (failure) o.onFailure?.(failure);
    }
  } finally {
    await context.close();
  }
  return { failures, retried: again.length };
}

async function follow(page: Page, a: OldAddress, base: string, prefix: string): Promise<string | undefined> {
  const wanted = prefix + a.url;
  const seen: string[] = [];
  const reached = page.waitForRequest(
    (r) => {
      if (!r.isNavigationRequest() || r.frame() !== page.mainFrame()) return false;
      const u = new URL(r.url());
      seen.push(u.pathname + u.search);
      return u.pathname + u.search === wanted;
    },
    { timeout: 20_000 },
  );
  try {
    // The goto may be cut short by the redirect it starts; what counts is the request for the target.
    await page.goto(base + a.old, { waitUntil: 'commit' }).catch(() => undefined);
    await reached;
    return undefined;
  } catch {
    return `${a.kind} ${a.old} went to ${seen.slice(1).join(' → ') || page.url().slice(base.length)}, expected ${a.url}`;
  }
}
