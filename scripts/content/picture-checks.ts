import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import type { PictureCache } from './images.ts';
import { writeAtomically } from './story-refs.ts';
import { settledBefore } from './story-stats.ts';

type Entry = PictureCache extends Map<string, infer E> ? E : never;

/** A PictureCache that notes which pictures a build asked about, so the next keeps only those. */
class Asked extends Map<string, Entry> {
  readonly asked = new Set<string>();
  override get(rel: string): Entry | undefined {
    this.asked.add(rel);
    return super.get(rel);
  }
}

/**
 * The picture checks of the last build, kept in one file of the story cache: a build opens and
 * reads the header of a picture only when it is new or changed, not the 100,000 pictures of an
 * archive whose every story has one. Only pictures found without a problem are kept (a problem is
 * found again, so its message is this code's), each while its file is unchanged by the stamp
 * images.ts gives it and changed RACY_MS before this build began (story-stats.ts), for the same
 * code: `code` is the build's code stamp.
 */
export class PictureChecks {
  readonly entries = new Asked();
  /** The stamp of each check read from the file, to tell whether this build's differ. */
  private readonly read = new Map<string, string>();
  /** The clock `at` (ms) must be read before any picture is looked at. */
  constructor(
    private readonly file: string,
    private readonly code: string,
    private readonly at: number,
  ) {
    try {
      const saved = deserialize(readFileSync(file)) as { code: string; entries: Map<string, Entry> };
      if (saved.code === code)
        for (const [rel, e] of saved.entries) {
          this.entries.set(rel, e);
          this.read.set(rel, e.stamp);
        }
    } catch {
      // No checks kept yet: every picture is examined.
    }
  }

  /** Writes the checks to keep, when they differ from those read. */
  save(): void {
    const settled = settledBefore(this.at);
    const keep = new Map<string, Entry>();
    let same = true;
    for (const rel of this.entries.asked) {
      const e = Map.prototype.get.call(this.entries, rel) as Entry | undefined;
      if (!e || e.problem !== undefined || e.changed === undefined || e.changed >= settled) continue;
      keep.set(rel, { stamp: e.stamp, problem: undefined, changed: e.changed });
      same &&= this.read.get(rel) === e.stamp;
    }
    if (!same || keep.size !== this.read.size) writeAtomically(this.file, serialize({ code: this.code, entries: keep }));
  }
}
