import { runNew } from '../cms/new-command.ts';

/** `npm run new -- --title "…" --category … --district … --author …`: see scripts/cms/new-command.ts. */
process.exitCode = runNew(process.argv.slice(2), Date.now(), { out: (s) => console.log(s), err: (s) => console.error(s) });
