import { z } from 'zod';

/**
 * `cms` in `content/_data/site.json`: how the editors' CMS at /admin/ publishes (docs/cms.md).
 */
export const cmsSettingsSchema = z
  .object({
    /**
     * `true`: a second pair of eyes. The CMS saves each story on a branch of its own and opens a pull
     * request; the story goes live when an editor publishes it in the CMS (which merges the pull
     * request) or merges it on GitHub. Default `false`: a save commits to the published branch.
     */
    review: z.boolean({ error: 'siteJson.cmsReview' }).default(false),
  })
  .strict();

/** The `cms` settings, defaults filled in. */
export type CmsSettings = z.infer<typeof cmsSettingsSchema>;
