import { articleMessages } from './messages-article.ts';
import { assetMessages } from './messages-assets.ts';
import { oldUrlMessages } from './messages-old-urls.ts';
import { siteMessages } from './messages-site.ts';
import { siteAddressMessages } from './messages-site-addresses.ts';
import { siteServiceMessages } from './messages-site-services.ts';
import { fileMessages } from './messages-files.ts';
import { frontMatterMessages } from './messages-front-matter.ts';
import { newMessages } from './messages-new.ts';
import { warningMessages } from './messages-warnings.ts';
import { devMessages } from './messages-dev.ts';
import { reportMessages } from './messages-report.ts';
import { urlMessages } from './messages-urls.ts';
import { importMessages } from './messages-import.ts';
import { importReportMessages } from './messages-import-report.ts';

/**
 * THE table of every message an editor can see (issue #22): `npm run check`, `npm run new`, the
 * build's content errors, the pre-commit hook, the dev server. Hindi by default, English for
 * developers (`--lang en` or `SAMACHAR_LANG=en`).
 *
 * How to add a message:
 * 1. Add an entry to one of the `messages-<area>.ts` tables (or a new table spread into `TABLE`
 *    below): `'area.what': { hi: '…{name}…', en: '…{name}…' }`. Both languages are required (a
 *    missing one is a type error: the table `satisfies MessageTable`), and both use the same
 *    `{placeholders}` (test/content/messages.test.ts checks it). Hindi is for a reporter: plain
 *    words (शीर्षक, not "title field"), what is wrong, and the exact line to write instead.
 * 2. Use it: `msg('area.what', { name: 'x' })` gives a `Msg` (id + params; the params are
 *    type-checked against the placeholders); `new ContentError(file, line, msg(…), msg(…))`
 *    carries it, and `render(m, lang)` turns it into text at print time, so one error prints in
 *    either language.
 *
 * A param may be text, a number, a `{ hi, en }` pair (a field's name in each language, see
 * `fieldName`) or another `Msg`, rendered in the same language.
 */

/** A language an editor can read messages in. */
export type Lang = 'hi' | 'en';
/** One message in both languages; `{name}` placeholders are filled from the params. */
export interface MessageText {
  readonly hi: string;
  readonly en: string;
}
/** A table of messages keyed by id (`area.what`). */
export type MessageTable = Readonly<Record<string, MessageText>>;

const TABLE = {
  ...reportMessages,
  ...fileMessages,
  ...frontMatterMessages,
  ...articleMessages,
  ...newMessages,
  ...warningMessages,
  ...devMessages,
  ...urlMessages,
  ...assetMessages,
  ...oldUrlMessages,
  ...siteMessages,
  ...siteAddressMessages,
  ...siteServiceMessages,
  ...importMessages,
  ...importReportMessages,
} as const satisfies MessageTable;

/** Every table, by name, so the tests can check that no id is declared twice. */
export const MESSAGE_TABLES: Readonly<Record<string, MessageTable>> = {
  reportMessages,
  fileMessages,
  frontMatterMessages,
  articleMessages,
  newMessages,
  warningMessages,
  devMessages,
  urlMessages,
  assetMessages,
  oldUrlMessages,
  siteMessages,
  siteAddressMessages,
  siteServiceMessages,
  importMessages,
  importReportMessages,
};

/** The merged table (read-only), for the tests and tools that list messages. */
export const MESSAGES: MessageTable = TABLE;

/** The id of a message in the table. */
export type MessageId = keyof typeof TABLE;

/** `{name}` placeholders of a text; braces with spaces inside (`{ date: … }`) are literal text. */
type Placeholders<S extends string> = S extends `${string}{${infer K}}${infer R}`
  ? (K extends `${string} ${string}` | '' ? never : K) | Placeholders<R>
  : never;
type Names<I extends MessageId> = Placeholders<(typeof TABLE)[I]['hi']> | Placeholders<(typeof TABLE)[I]['en']>;

/** What a placeholder can be filled with. */
export type Param = string | number | MessageText | Msg;
/** The params a message needs: exactly its placeholders. */
export type ParamsOf<I extends MessageId> = { readonly [K in Names<I>]: Param };

/** A message to show: its id and params, rendered into a language only when printed. */
export interface Msg {
  readonly id: MessageId;
  readonly params: Readonly<Record<string, Param>>;
}

/** Builds a message: `msg('field.unknown', { key: 'titel' })`; a message without placeholders takes no params. */
export function msg<I extends MessageId>(id: I, ...params: [Names<I>] extends [never] ? [] : [ParamsOf<I>]): Msg {
  return { id, params: (params[0] ?? {}) as Record<string, Param> };
}

/** Whether a value is a `Msg` (and not plain text or a `{ hi, en }` pair). */
export function isMsg(value: unknown): value is Msg {
  return typeof value === 'object' && value !== null && 'id' in value && 'params' in value;
}

function paramText(value: Param, lang: Lang): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return lang === 'hi' ? value.toLocaleString('en-IN') : String(value);
  return isMsg(value) ? render(value, lang) : value[lang];
}

/** A message's text in a language, its placeholders filled; an unknown placeholder stays as written. */
export function render(m: Msg, lang: Lang = currentLang()): string {
  const text = (TABLE as MessageTable)[m.id]?.[lang] ?? m.id;
  return text.replace(/\{([A-Za-z][A-Za-z0-9_]*)\}/g, (whole, name: string) =>
    Object.hasOwn(m.params, name) ? paramText(m.params[name]!, lang) : whole,
  );
}

/** `hi` or `en` from a flag or an environment value (`hi`, `en`, `hindi`, `english`); undefined otherwise. */
export function parseLang(value: string | undefined): Lang | undefined {
  const v = value?.trim().toLowerCase();
  if (v === 'hi' || v === 'hindi' || v === 'हिंदी') return 'hi';
  if (v === 'en' || v === 'english') return 'en';
  return undefined;
}

let chosen: Lang | undefined;

/** Sets the language for this process (a CLI's `--lang`); `undefined` goes back to the environment's. */
export function setLang(lang: Lang | undefined): void {
  chosen = lang;
}

/** The language messages print in: `setLang`, else `SAMACHAR_LANG`, else Hindi. */
export function currentLang(): Lang {
  return chosen ?? parseLang(process.env.SAMACHAR_LANG) ?? 'hi';
}
