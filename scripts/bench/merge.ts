import { mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DateTime } from 'luxon';

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
 * `add` publishes a new story (its text with another title and slug) dated a minute before the merge, in India, as a
 * newsroom publishes today's news; `edit` adds a paragraph to it. `restore` puts the archive back as it was.
 * The add's date matters: related stories weigh terms by the stories dated before the current month
 * (related/stats.ts), so a story back-dated into an earlier month re-weighs thousands of lists, which is
 * a correction to an old story, not a publication.
 */
export class Merges {
  private readonly path: string;
  private readonly text: string;
  private readonly added: string[] = [];

  constructor(private readonly contentDir: string) {
    this.path = newestStory(contentDir);
    this.text = readFileSync(this.path, 'utf8');
  }

  /** Publishes story `i`, dated `now` less a minute (India time); returns its path. */
  add(i: number, now: number = Date.now()): string {
    const when = DateTime.fromMillis(now - 60_000, { zone: 'Asia/Kolkata' });
    const name = this.path.split(/[\\/]/).at(-1)!.replace(/\.md$/, `-nayi-${i}.md`);
    const path = join(this.contentDir, 'articles', when.toFormat('yyyy'), when.toFormat('MM'), name);
    const text = this.text
      .replace(/^slug: (.*)$/m, `slug: $1-nayi-${i}`)
      .replace(/^title: "(.*)"$/m, `title: "$1 (नई ख़बर ${i})"`)
      .replace(/^date: .*$/m, `date: ${when.toFormat("yyyy-MM-dd'T'HH:mm")}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    this.added.push(path);
    return path;
  }

  edit(i: number): void {
    writeFileSync(this.path, `${this.text}\nबेंचमार्क के लिए जोड़ा गया अनुच्छेद ${i}।\n`);
  }

  restore(): void {
    writeFileSync(this.path, this.text);
    for (const p of this.added) {
      rmSync(p, { force: true });
      // The month folder the add made, if it holds nothing else.
      for (const d of [dirname(p), dirname(dirname(p))])
        try {
          rmdirSync(d);
        } catch {
          break;
        }
    }
  }
}
