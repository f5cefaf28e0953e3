import { excerpt, markdownToText } from './markdown.ts';

/** The body up to its first blank line after some text: enough for a summary. */
function leadBlock(body: string): string {
  const start = body.search(/\S/);
  if (start < 0) return '';
  const end = body.indexOf('\n\n', start);
  return end < 0 ? body.slice(start) : body.slice(start, end);
}

/**
 * What a story's card shows under its title: the `summary:` written in its front-matter, else the
 * opening words of its first paragraph. Worked out once when the story is validated, so that the
 * story cache keeps it and a merge does not read 100,000 bodies' Markdown again.
 */
export function storySummary(written: string | undefined, body: string): string {
  return written && written.length > 0 ? written : excerpt(markdownToText(leadBlock(body)));
}
