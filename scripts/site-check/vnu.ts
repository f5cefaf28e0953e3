import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** One message of the W3C Nu HTML checker. */
export interface VnuMessage {
  file: string;
  line?: number;
  message: string;
}

/**
 * Runs the Nu checker (vnu-jar, on the machine's Java) over HTML files in one JVM and returns its
 * errors; warnings are left out, as in the issue ("no errors").
 */
export function runVnu(siteDir: string, pages: readonly string[]): VnuMessage[] {
  const jar = require('vnu-jar') as string;
  const files = pages.map((p) => join(siteDir, p));
  const r = spawnSync('java', ['-Xss8m', '-jar', jar, '--errors-only', '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.error) throw new Error(`could not run java for the Nu checker: ${r.error.message}`);
  const json = JSON.parse(r.stderr || '{"messages":[]}') as {
    messages: Array<{ type: string; url?: string; lastLine?: number; message: string }>;
  };
  return json.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({
      file: (m.url ?? '').replace(`file:${siteDir}`, ''),
      ...(m.lastLine ? { line: m.lastLine } : {}),
      message: m.message,
    }));
}
