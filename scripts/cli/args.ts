import { parseArgs } from 'node:util';

/** Options shared by build, check and bench: where the archive is and where the site goes. */
export function readBuildArgs(argv: string[]) {
  const { values } = parseArgs({
    args: argv,
    options: {
      content: { type: 'string', default: 'content' },
      out: { type: 'string', default: '_site' },
      drafts: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      stats: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  return values as { content: string; out: string; drafts: boolean; 'no-cache': boolean; stats: boolean; help: boolean };
}
