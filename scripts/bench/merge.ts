import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A story of the newest month of a generated archive: editing it changes the newest search shard, as publishing does. */
export function newestStory(contentDir: string): string {
  const newest = (dir: string) =>
    readdirSync(dir)
      .filter((n) => /^\d+$/.test(n))
      .sort()
      .at(-1)!;
  const year = join(contentDir, 'articles', newest(join(contentDir, 'articles')));
  const month = join(year, newest(year));
  return join(
    month,
    readdirSync(month)
      .filter((n) => n.endsWith('.md'))
      .sort()[0]!,
  );
}

/**
 * The one-story merges `npm run bench -- --warm` measures, on a story of the newest month:
 * `add` publishes a new story beside it (its text with another title and slug, dated after all others), `edit` adds a
 * paragraph to it. `restore` puts the archive back as it was.
 */
export class Merges {
  private readonly path: string;
  private readonly text: string;
  private readonly added: string[] = [];

  constructor(contentDir: string) {
    this.path = newestStory(contentDir);
    this.text = readFileSync(this.path, 'utf8');
  }

  add(i: number): void {
    const path = this.path.replace(/\.md$/, `-nayi-${i}.md`);
    const text = this.text
      .replace(/^slug: (.*)$/m, `slug: $1-nayi-${i}`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (नई ख़बर ${i})"`)
      // After every generated story (archive.ts ends on 2026-11-23): the newest story, as a merge publishes it.
      .replace(/^date: .*$/m, 'date: 2026-11-23T23:00');
    writeFileSync(path, text);
    this.added.push(path);
  }

  edit(i: number): void {
    writeFileSync(this.path, `${this.text}\nबेंचमार्क के लिए जोड़ा गया अनुच्छेद ${i}।\n`);
  }

  restore(): void {
    writeFileSync(this.path, this.text);
    for (const p of this.added) rmSync(p, { force: true });
  }
}
