import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../../scripts/site-check/browser.ts';
import { serveSite } from '../../scripts/site-check/static-server.ts';
import { holdPictures, layoutShift, loadAllPictures } from './held-pictures.ts';
import { buildSite } from '../../scripts/build/pipeline.ts';
import { tempDir } from './archive.ts';

/** The day after the sample archive's newest story: the same pages on every run. */
export const SAMPLE_NOW = Date.parse('2026-12-03T12:00:00+05:30');

/**
 * The sample archive (content/) built into a temp folder, with `pageSize` stories a listing page and
 * `extra` files written into it (path → text). Returns the site folder and a function removing both.
 */
export async function buildSampleSite(pageSize: number, extra: Record<string, string> = {}): Promise<{ out: string; remove: () => void }> {
  const content = tempDir('samachar-front-content-');
  cpSync(resolve(import.meta.dirname, '../../content'), content, { recursive: true });
  for (const [path, text] of Object.entries(extra)) writeFileSync(join(content, path), text);
  const siteJson = join(content, '_data/site.json');
  writeFileSync(siteJson, JSON.stringify({ ...JSON.parse(readFileSync(siteJson, 'utf8')), pageSize }));
  const out = tempDir('samachar-front-site-');
  await buildSite({ contentDir: content, includeDrafts: false, includeFuture: false, now: SAMPLE_NOW }, out);
  return { out, remove: () => [content, out].forEach((d) => rmSync(d, { recursive: true, force: true })) };
}

/** Loads `url` with every picture held back, then lets them all in; resolves with the cumulative layout shift. */
export async function shiftWhilePicturesLoad(page: Page, url: string): Promise<number> {
  const release = await holdPictures(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  release();
  await loadAllPictures(page);
  return layoutShift(page);
}

/** Chromium and a server for a built site, with the function that closes both. */
export async function openSite(dir: string): Promise<{ browser: Browser; origin: string; close: () => Promise<void> }> {
  const browser = await launch();
  const server = await serveSite(dir);
  return {
    browser,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * How far the page scrolls sideways at its current viewport (0 when it does not), and the elements
 * that stick out, outside any row that scrolls on its own: the message of a failed assertion.
 */
export const sidewaysOverflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // A loop, not a named helper: tsx would wrap a named function in a __name() the page lacks.
    const out = [...document.body.querySelectorAll('*')]
      .filter((e) => {
        if (e.getBoundingClientRect().right <= width + 0.5) return false;
        for (let p = e.parentElement; p && p !== document.body; p = p.parentElement)
          if (/auto|scroll/.test(getComputedStyle(p).overflowX)) return false;
        return true;
      })
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${e.className}` : ''}`);
    return { px: document.documentElement.scrollWidth - width, culprits: out.slice(0, 5).join(', ') };
  });
