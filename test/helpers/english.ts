import { render, type Msg } from '../../scripts/content/messages.ts';

/** A problem as English text ('' for none), for tests that match its words: a message of the table is rendered, text is as it is. */
export function english(m: Msg | string | undefined): string {
  return m === undefined ? '' : typeof m === 'string' ? m : render(m, 'en');
}
