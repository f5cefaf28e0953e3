import type { SiteModel } from '../eleventy/model.ts';
import { writeSeoFiles } from '../seo/stage.ts';
import { publishFiles } from '../publish/stage.ts';

/**
 * Stages that work on the rendered site before it is swapped in: feeds and sitemaps, then the host
 * files. Each returns its wall time in seconds under its own key.
 */
export async function runAfterRender(model: SiteModel, outDir: string): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  Object.assign(seconds, writeSeoFiles(model, outDir));
  // Last: redirect pages must not be indexed, and _headers lists the files the stages above wrote.
  Object.assign(seconds, publishFiles(model, outDir));
  return seconds;
}
