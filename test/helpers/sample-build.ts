import type { Browser } from 'playwright-core';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { tempDir } from './archive.ts';

/** The day after the sample archive's newest story: the same pages on every run. */
const NOW = Date.parse('2026-12-03T12:00:00+05:30');

let shared: Promise<{ out: string; origin: string; browser: Browser; close: () => Promise<void> }> | undefined;
let users = 0;

/** A built, served sample site and a Chromium, with `release()` for the test file's `after` hook. */
export interface SampleSite {
  out: string;
  origin: string;
  browser: Browser;
  release: () => Promise<void>;
}

/**
 * The sample archive (content/) built once per test process, served on 127.0.0.1, and one Chromium,
 * shared by the page-layout browser tests (chrome, article page, fonts, search page): each file
 * takes it when imported and releases it in its `after` hook; the last release closes both.
 */
export async function sampleSite(): Promise<SampleSite> {
  users++;
  shared ??= (async () => {
    const out = tempDir('samachar-sample-site-');
    await buildSite({ contentDir: 'content', includeDrafts: false, includeFuture: false, now: NOW }, out);
    const server = await serveSite(out);
    const browser = await launch();
    return { out, origin: server.origin, browser, close: async () => void (await Promise.all([browser.close(), server.close()])) };
  })();
  const s = await shared;
  let released = false;
  return {
    out: s.out,
    origin: s.origin,
    browser: s.browser,
    release: async () => {
      if (released) return;
      released = true;
      if (--users === 0) {
        shared = undefined;
        await s.close();
      }
    },
  };
}
