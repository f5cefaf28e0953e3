import { exampleLine, fieldName } from './field-names.ts';
import { msg, type MessageText, type Msg } from './messages.ts';
import { hindiMonthName, type DateProblem } from '../hindi/dates.ts';

/** The part of a zod issue that tells the kind of mistake. */
export interface SchemaIssue {
  code: string;
  message: string;
  path: readonly PropertyKey[];
  expected?: string;
  origin?: string;
}

/** A correction's own fields, named for the `{field}` placeholder. */
const PARTS: Record<string, string> = { date: 'की तारीख़', text: 'का पाठ' };

/** `correction` + `date`: "सुधार (correction) की तारीख़ (date)" / "correction date". */
export function partName(field: string, part: string): MessageText {
  const hi = PARTS[part];
  return { hi: hi ? `${fieldName(field).hi} ${hi} (${part})` : `${field}.${part}`, en: `${field} ${part}` };
}

/**
 * A schema problem as a message of the table, told apart by the issue's kind rather than its
 * English words (the schema keeps those for developers; `field.invalid` carries them when no
 * kind fits). `value` is what the front-matter holds for the field (undefined: not written).
 */
export function schemaMessage(field: string, issue: SchemaIssue, value: unknown): Msg {
  const [first, part] = issue.path;
  // `author: ''` is read as a list of one: the editor wrote one value, not a list.
  const item = typeof first === 'number' && Array.isArray(value);
  const inner = typeof first === 'number' && typeof part === 'string' ? (Array.isArray(value) ? value : [value])[first] : undefined;
  if (value === undefined) return msg('field.missing', { field: fieldName(field) });
  if (typeof part === 'string' && PARTS[part] && issue.code !== 'unrecognized_keys') {
    const name = partName(field, part);
    const given = inner !== null && typeof inner === 'object' && Object.hasOwn(inner, part);
    if (!given) return msg('field.missing', { field: name });
    return msg(issue.code === 'too_small' ? 'field.empty' : part === 'date' ? 'field.notDate' : 'field.notText', { field: name });
  }
  const f = fieldName(field);
  if (field === 'correction' && issue.code !== 'too_small') return msg('field.correctionShape');
  if (issue.code === 'invalid_format' && field === 'slug') return msg('field.slugPattern');
  if (issue.code === 'invalid_format' && field === 'aliases') return msg('field.aliasPattern');
  if (issue.code === 'invalid_union' || (field.endsWith('date') && issue.code === 'invalid_type'))
    return msg('field.notDate', { field: f });
  if (issue.code === 'too_small' && issue.origin === 'array') return msg('field.emptyList', { field: f });
  if (issue.code === 'too_small') return item ? msg('field.itemEmpty', { field: f }) : msg('field.empty', { field: f });
  if (issue.code === 'invalid_type' && issue.expected === 'boolean') return msg('field.notBool', { field: f });
  if (issue.code === 'invalid_type' && issue.expected === 'array') return msg('field.notList', { field: f, line: exampleLine(field) });
  if (issue.code === 'invalid_type' && issue.expected === 'string')
    return item ? msg('field.itemNotText', { field: f }) : msg('field.notText', { field: f });
  return msg('field.invalid', { field: f, detail: issue.message });
}

/** What to write instead, for the messages that have a line to copy. */
export function schemaHint(field: string, m: Msg): Msg | undefined {
  if (field === 'correction') return m.id === 'field.correctionShape' ? undefined : msg('field.emptyHint', { line: exampleLine(field) });
  if (m.id === 'field.missing') return msg('field.missingHint', { line: exampleLine(field) });
  if (m.id === 'field.empty' || m.id === 'field.notText' || m.id === 'field.notDate' || m.id === 'field.notBool')
    return msg('field.emptyHint', { line: m.id === 'field.notBool' ? `${field}: true` : exampleLine(field) });
  return undefined;
}

/** A date that could not be read (`problem` from hindi/dates.ts), as a message naming the field. */
export function dateMessage(field: string, text: string, problem: DateProblem, f: MessageText = fieldName(field)): Msg {
  if (problem.kind === 'empty') return msg('date.empty', { field: f });
  if (problem.kind === 'month') return msg('date.month', { field: f, text });
  if (problem.kind === 'time') return msg('date.time', { field: f, text });
  if (problem.kind === 'day' && problem.month && problem.year && problem.days) {
    const en = new Date(Date.UTC(2000, problem.month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const month = { hi: hindiMonthName(problem.month), en };
    return msg('date.day', { field: f, text, month, year: String(problem.year), days: problem.days });
  }
  return msg('date.format', { field: f, text });
}

/**
 * What to write for a date: the field with an example in the right form; for a day the month
 * does not have, the editor's own date on the month's last day (`2026-11-31 10:00` →
 * `2026-11-30 10:00`), the likeliest meaning and a line to copy.
 */
export function dateHint(field: string, text?: string, problem?: DateProblem): Msg {
  const day = /^(\d{4}-\d{2}-)(\d{2})(.*)$/.exec(text?.trim() ?? '');
  if (problem?.kind === 'day' && problem.days && day)
    return msg('date.dayHint', { line: `${field}: ${day[1]}${String(problem.days).padStart(2, '0')}${day[3]}` });
  return msg('date.hint', { line: `${field}: 2026-11-23 14:30` });
}
