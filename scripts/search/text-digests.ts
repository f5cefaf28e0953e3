import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import type { Article } from '../catalog/types.ts';
import { keyHash, type UnitCache } from './cache.ts';

/** The digest of a story's plain text that its unit's key holds (`shardKeys`). */
export function textDigest(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/**
 * `textDigest` of each story's text, remembered between builds by what the text is made from: the
 * story file's bytes and the build's code (`versionOf`, the story cache's, as related stories use
 * it; the text is `markdownToText` of the body alone). Unit keys hashed every story's text in every
 * build, and reading `text` first made it from the Markdown (it is computed on first use): at
 * 100,000 stories that was seconds of the main thread before related stories could start. With the
 * memo, a merge makes the text of its changed stories only. The digest is the same with or without
 * the memo, so keys (which name chunk files) do not depend on the cache.
 */
export class TextDigests {
  private readonly known: Map<string, string>;
  private readonly used = new Map<string, string>();
  private readonly key = keyHash({ textDigests: 1 }).digest('hex').slice(0, 32);
  private computed = 0;

  constructor(
    private readonly cache?: UnitCache,
    private readonly versionOf?: (sourcePath: string) => string | undefined,
  ) {
    let known: Map<string, string> | undefined;
    try {
      const file = versionOf ? cache?.readFiles(this.key)?.[0] : undefined;
      if (file) known = new Map(deserialize(file.content) as Array<[string, string]>);
    } catch {
      // An unreadable memo only costs the digests again.
    }
    this.known = known ?? new Map();
  }

  /** The digest of `article.text`, from the memo when its file is the one the memo saw. */
  readonly of = (article: Article): string => {
    const version = this.versionOf?.(article.sourcePath);
    if (version === undefined) return textDigest(article.text);
    // The path too: the memo must never answer for another file, whatever its bytes.
    const id = `${article.sourcePath}\0${version}`;
    let digest = this.used.get(id) ?? this.known.get(id);
    if (digest === undefined) {
      digest = textDigest(article.text);
      this.computed++;
    }
    this.used.set(id, digest);
    return digest;
  };

  /** Keeps the stories asked for in this build (others leave the memo) when anything changed; never fails a build. */
  save(): void {
    if (!this.cache || !this.versionOf || (this.computed === 0 && this.used.size === this.known.size)) return;
    this.cache.storeFiles(this.key, [{ path: 'texts.v8', content: serialize([...this.used]) }]);
  }
}
