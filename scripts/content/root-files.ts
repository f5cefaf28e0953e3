import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError } from './errors.ts';
import { walkContent, type ContentFiles } from './files.ts';
import { displayPath } from './lines.ts';
import { readFailureMsg } from './load.ts';
import { msg, type Msg } from './messages.ts';
import { VERIFICATION_FILE } from './file-types.ts';

/**
 * Why a file of root/ that passed the name rules (file-types.ts) may not be published, or
 * undefined. Google's verification file is served as HTML, so it must be exactly Google's one line
 * (`google-site-verification: google….html`, the name repeated): anything more could be a page.
 */
export function rootFileProblem(name: string, bytes: Uint8Array): [Msg, Msg] | undefined {
  if (!VERIFICATION_FILE.test(name)) return undefined;
  const text = Buffer.from(bytes).toString('latin1');
  const line = `google-site-verification: ${name}`;
  if (text === line || text === `${line}\n` || text === `${line}\r\n`) return undefined;
  return [msg('root.notVerification'), msg('root.notVerificationHint', { line })];
}

/** The root/ files the walk accepted (the verification file is checked by its content too); problems go to `errors`. */
export function checkRootFiles(contentDir: string, found: ContentFiles, errors: ContentError[]): string[] {
  const ok: string[] = [];
  for (const rel of [...found.files].filter((f) => f.startsWith('root/')).sort()) {
    const full = join(contentDir, rel);
    const name = rel.slice('root/'.length);
    let why: [Msg, Msg] | undefined;
    try {
      // Google's line is under 100 bytes: a larger file is not one, and is never read whole.
      if (VERIFICATION_FILE.test(name)) why = rootFileProblem(name, statSync(full).size > 200 ? new Uint8Array(201) : readFileSync(full));
    } catch (e) {
      why = [msg('root.unreadable', { why: readFailureMsg(e) }), msg('root.unreadableHint')];
    }
    if (why) errors.push(new ContentError(displayPath(full), 1, why[0], why[1]));
    else ok.push(rel);
  }
  return ok;
}

/**
 * The files of root/ that may be published at the top of the site (paths inside the content
 * folder), by the same walk and rules as the check, so nothing refused is copied even if the check
 * was skipped.
 */
export function publishableRootFiles(contentDir: string): string[] {
  if (!existsSync(join(contentDir, 'root'))) return [];
  return checkRootFiles(contentDir, walkContent(contentDir, [], 'root'), []);
}
