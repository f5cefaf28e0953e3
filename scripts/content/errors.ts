import { currentLang, isMsg, msg, render, type Lang, type Msg } from './messages.ts';

/** How a report is printed: the language (default: `currentLang()`) and whether to add technical detail. */
export interface FormatOptions {
  lang?: Lang;
  /** Adds the YAML parser's own words (`detail`) after a message; off for editors. */
  verbose?: boolean;
}

/** Text of a message or of a plain string (a message not yet in the table prints the same in both languages). */
function textOf(m: Msg | string, lang: Lang): string {
  return isMsg(m) ? render(m, lang) : m;
}

/**
 * One error type for every problem an editor can cause. It carries the file, the line and the field,
 * and a hint that says what to do, so that `path:line: message — hint` is all an editor needs.
 * Message and hint are entries of the message table (messages.ts), rendered when printed, so one
 * error prints in Hindi for an editor and in English for a developer; `message` and `hint` (the
 * Error's own properties) are the English text, for logs and stack traces.
 */
export class ContentError extends Error {
  /** The hint in English, if any. */
  readonly hint?: string;

  constructor(
    /** Path shown to the editor, relative to the working directory where possible. */
    readonly file: string,
    /** 1-based line; 0 when the problem is about the whole file. */
    readonly line: number,
    /** What is wrong: a message of the table (`msg(…)`), or plain text. */
    readonly what: Msg | string,
    /** What to write instead. */
    readonly fix?: Msg | string,
    readonly field?: string,
    /** Technical detail (the YAML parser's words), printed only with `verbose`. */
    readonly detail?: string,
  ) {
    super(textOf(what, 'en'));
    this.name = 'ContentError';
    if (fix !== undefined) this.hint = textOf(fix, 'en');
  }

  /** The message id, when the message comes from the table. */
  get id(): string | undefined {
    return isMsg(this.what) ? this.what.id : undefined;
  }

  /** `content/articles/2026/11/x.md:4: श्रेणी (category) "खेती" हमारी सूची में नहीं है — …` */
  format(options: FormatOptions = {}): string {
    const lang = options.lang ?? currentLang();
    const where = this.line > 0 ? `${this.file}:${this.line}` : this.file;
    const hint = this.fix === undefined ? '' : ` — ${textOf(this.fix, lang)}`;
    const detail = options.verbose && this.detail ? ` ${render(msg('report.detail', { detail: this.detail }), lang)}` : '';
    return `${where}: ${textOf(this.what, lang)}${hint}${detail}`;
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

/** `3 problems in 2 files.` in the report's language. */
export function countLine(errors: readonly ContentError[], lang: Lang = currentLang()): string {
  const files = new Set(errors.map((e) => e.file)).size;
  const problems = errors.length;
  if (problems === 1) return render(msg('report.countOne'), lang);
  if (files === 1) return render(msg('report.countOneFile', { problems }), lang);
  return render(msg('report.count', { problems, files }), lang);
}

/**
 * The whole report: one line per problem, a closing count and what happens next (`closing`,
 * default: nothing was built), ready to print to stderr.
 */
export function formatErrors(errors: readonly ContentError[], options: FormatOptions & { closing?: Msg } = {}): string {
  const lang = options.lang ?? currentLang();
  const lines = sortErrors(errors).map((e) => e.format({ ...options, lang }));
  const closing = render(options.closing ?? msg('report.notBuilt'), lang);
  const tip = !options.verbose && errors.some((e) => e.detail) ? `\n${render(msg('report.verboseTip'), lang)}` : '';
  return `${lines.join('\n')}\n\n${countLine(errors, lang)} ${closing}${tip}`;
}
