import type { SiteModel } from '../eleventy/model.ts';
import { writeSeoFiles } from '../seo/stage.ts';
import { publishFiles } from '../publish/stage.ts';
import { plainFiles, type SiteFiles } from '../publish/site-files.ts';

/**
 * Stages that work on the rendered site before it is swapped in: feeds and sitemaps, then the host
 * files, written through `files` (a merge keeps those it writes with the same bytes: kept-files.ts).
 * Each returns its wall time in seconds under its own key.
 */
export async function runAfterRender(model: SiteModel, outDir: string, files: SiteFiles = plainFiles): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  Object.assign(
    seconds,
    writeSeoFiles(model, outDir, (file, contents) => files.write(file, contents)),
  );
  // Last: redirect pages must not be indexed, and _headers lists the files the stages above wrote.
  Object.assign(seconds, publishFiles(model, outDir, files));
  return seconds;
}
