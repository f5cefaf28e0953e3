import { join, resolve } from 'node:path';
import { sampleRecords, writeBenchArchive } from '../../scripts/bench/archive.ts';
import { writeHugoSite } from '../../scripts/bench/hugo-site.ts';
import { tempDir } from './archive.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** A bench archive of `count` stories from the sample site's text, and the same archive written as a Hugo site. */
export function smallHugoSite(count: number): { contentDir: string; siteDir: string; stories: number } {
  const dir = tempDir('samachar-hugo-');
  const contentDir = join(dir, 'content');
  writeBenchArchive(contentDir, sampleRecords(join(ROOT, 'content')), count, join(ROOT, 'content'));
  const siteDir = join(dir, 'hugo');
  const stories = writeHugoSite(contentDir, siteDir, join(ROOT, 'layouts/assets'));
  return { contentDir, siteDir, stories };
}
