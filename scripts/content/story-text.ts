import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { displayPath } from './lines.ts';
import { parseArticle } from './load.ts';
import type { StoryText } from './story-shard.ts';

/**
 * A kept story's RawArticle, whose front-matter text and body are read on first use (`text`), so
 * that a build reads the text of the stories it renders, indexes or relates again, not of every
 * story. The getters are the class's: one shape for 100,000 stories, no closures of their own.
 */
export class KeptRaw {
  #text: (() => StoryText) | StoryText;
  constructor(kept: object, text: () => StoryText) {
    Object.assign(this, kept);
    this.#text = text;
  }
  #part(i: 0 | 1): string {
    if (typeof this.#text === 'function') this.#text = this.#text();
    return this.#text[i];
  }
  get matter(): string {
    return this.#part(0);
  }
  get body(): string {
    return this.#part(1);
  }
}

const decoder = new TextDecoder();

/**
 * A kept story's text read from its own file, when its folder's tail is not the one its head was
 * read with: the file must still hold the bytes (`digest`) the build found there.
 */
export function textFromFile(id: string, path: string, digest: string): StoryText {
  const bytes = readFileSync(path);
  const same = createHash('sha1').update(bytes).digest('hex') === digest;
  const raw = same ? parseArticle(id, path, decoder.decode(bytes), []) : undefined;
  if (!raw) throw new Error(`${displayPath(path)} changed while the site was being built: build it again`);
  return [raw.matter, raw.body];
}
