/**
 * Defaults of the search settings in site.json (`content/site-config.ts`). The search build reads
 * them from here, so the flow stays one-way: search/ imports content/, never the reverse.
 */

/**
 * Most articles per shard of an archive that is split. The Pagefind process grows with the text it
 * holds (measured: 1.16 GB at 5,000 stories of 2,200 characters, 0.48 GB at 2,000: about 0.23 GB
 * per 1,000) and gives it back when the shard is written; `search.workers` shards are built at a
 * time, so this bounds the build's memory. Measured at 100,000 articles: shards of 10,000 two at a
 * time peaked at 6.1 GB (over the 6 GB budget), one at a time took 278 s; shards of 5,000 two at a
 * time, 4.7 GB and ~245 s.
 */
export const DEFAULT_MAX_SHARD_ARTICLES = 5_000;
