/**
 * One error type for every problem an editor can cause. It carries the file, the line and the field,
 * and a hint that says what to do, so that `path:line: message (hint)` is all an editor needs.
 */
export class ContentError extends Error {
  constructor(
    /** Path shown to the editor, relative to the working directory where possible. */
    readonly file: string,
    /** 1-based line; 0 when the problem is about the whole file. */
    readonly line: number,
    message: string,
    readonly hint?: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ContentError';
  }

  /** `content/articles/2026/11/x.md:4: unknown category "rajnit" — did you mean "rajniti"?` */
  format(): string {
    const where = this.line > 0 ? `${this.file}:${this.line}` : this.file;
    return `${where}: ${this.message}${this.hint ? ` — ${this.hint}` : ''}`;
  }
}

/** Thrown by the build when the content has problems; its message is the full report for the editor. */
export class ContentErrors extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(formatErrors(errors));
    this.name = 'ContentErrors';
  }
}

/** Sorts errors by file, then line, so the report reads top to bottom like the files. */
export function sortErrors(errors: readonly ContentError[]): ContentError[] {
  return [...errors].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

/** The whole report: one line per problem and a closing count, ready to print to stderr. */
export function formatErrors(errors: readonly ContentError[]): string {
  const files = new Set(errors.map((e) => e.file)).size;
  const lines = sortErrors(errors).map((e) => e.format());
  const noun = errors.length === 1 ? 'problem' : 'problems';
  return `${lines.join('\n')}\n\n${errors.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}. Nothing was built; the previous site is unchanged.`;
}
