import type { z } from 'zod';
import { MESSAGES, msg, type MessageId, type Msg } from './messages.ts';

/**
 * site.json's schema problems as messages of the table (messages-site.ts), so they print in the
 * editor's language. A schema says what is wrong in one of three ways: an `error` that is a message
 * id; a custom issue (`addMessageIssue`) whose message is an id and whose params fill it, for
 * messages built from the value; or zod's own words, which are read by the kind of issue.
 */

/** The part of a zod issue read here. */
type Issue = Pick<z.core.$ZodIssue, 'code' | 'message'> & {
  params?: Record<string, unknown>;
  keys?: string[];
  expected?: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
};

/** Adds a custom issue carrying `m` to a refinement: the id as the issue's message, the params as its params. */
export function addMessageIssue(ctx: z.RefinementCtx, m: Msg, path?: PropertyKey[]): void {
  ctx.addIssue({ code: 'custom', message: m.id, params: m.params, ...(path ? { path } : {}) });
}

/** zod's own English (its default locale), as opposed to a message a schema wrote for its setting. */
const ZOD_WORDS = /^(Invalid input|Too small|Too big|Unrecognized keys?)\b/;

const TYPE_MESSAGES: Record<string, MessageId> = {
  number: 'siteJson.notNumber',
  int: 'siteJson.notWhole',
  string: 'siteJson.notText',
  boolean: 'siteJson.notBool',
  object: 'siteJson.notObject',
};

/** The message for one issue of site.json's schema; text as the schema wrote it when none fits. */
export function siteIssueMessage(issue: Issue): Msg | string {
  if (Object.hasOwn(MESSAGES, issue.message)) return { id: issue.message as MessageId, params: (issue.params ?? {}) as Msg['params'] };
  if (!ZOD_WORDS.test(issue.message)) return issue.message;
  if (issue.code === 'unrecognized_keys') return msg('siteJson.unknownKey', { keys: (issue.keys ?? []).map((k) => `"${k}"`).join(', ') });
  if (issue.code === 'too_small' && issue.origin === 'number') return msg('siteJson.tooSmall', { min: Number(issue.minimum) });
  if (issue.code === 'too_big' && issue.origin === 'number') return msg('siteJson.tooBig', { max: Number(issue.maximum) });
  const id = issue.code === 'invalid_type' ? TYPE_MESSAGES[issue.expected ?? ''] : undefined;
  return id ? { id, params: {} } : issue.message;
}
