import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Debian's chromium, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for a headless chromium in a container: no sandbox, no GPU, no background traffic. */
export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One axe-core rule a page breaks, with the elements that break it. */
export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}
export interface AxeResult {
  path: string;
  scheme: 'light' | 'dark';
  violations: AxeViolation[];
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS.filter((f) => f !== '--headless') });
}

/**
 * axe-core's default rule set (WCAG 2 A/AA and best practices) on each page, in the light and the
 * dark colour scheme, since the stylesheet has both and contrast can fail in either.
 */
export async function runAxe(browser: Browser, origin: string, paths: readonly string[]): Promise<AxeResult[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const out: AxeResult[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    // axe goes in as an inline script, which the pages' Content-Security-Policy refuses.
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 412, height: 823 }, bypassCSP: true });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.addScriptTag({ content: source });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                ctx: Document,
              ) => Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
            };
          }
        ).axe;
        const r = await axe.run(document);
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      });
      out.push({ path, scheme, violations });
    }
    await context.close();
  }
  return out;
}

/**
 * Parses feeds and sitemaps with the browser's XML parser (libxml2-based), which rejects any
 * document that is not well-formed; returns the parser's complaint per bad file.
 */
export async function checkXml(
  browser: Browser,
  origin: string,
  paths: readonly string[],
): Promise<Array<{ path: string; error: string }>> {
  const page = await browser.newPage();
  await page.goto(`${origin}/robots.txt`);
  const bad: Array<{ path: string; error: string }> = [];
  for (const path of paths) {
    const error = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const err = doc.getElementsByTagName('parsererror')[0];
      return err ? (err.textContent ?? 'parse error') : '';
    }, origin + path);
    if (error) bad.push({ path, error });
  }
  await page.close();
  return bad;
}
