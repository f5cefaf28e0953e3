import type { SiteModel } from '../eleventy/site-model.ts';

/**
 * Stages that work on the rendered site before it is published (search index, feeds that need
 * the output). Each returns its wall time in seconds under its own key.
 */
export async function runAfterRender(_model: SiteModel, _outDir: string): Promise<Record<string, number>> {
  return {};
}
