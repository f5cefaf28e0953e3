import { countLine, sortErrors, type ContentError } from '../content/errors.ts';
import { currentLang, msg, render } from '../content/messages.ts';

/** Where the dev server serves the error page's stylesheet (a file, since the policy allows no inline style). */
export const ERROR_CSS_URL = '/__samachar/dev-error.css';

/** The error page's look: readable on a phone, the fix set apart from the problem. */
export const ERROR_CSS = `body{margin:0;font:1.05rem/1.6 "Noto Sans Devanagari",system-ui,sans-serif;background:#fff8f6;color:#1f1f1f}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem}
h1{font-size:1.5rem;color:#a4160d;margin:0 0 .5rem}
ol{padding-left:1.2rem}li{margin:1rem 0;padding:.75rem 1rem;background:#fff;border-left:4px solid #a4160d}
code{font-family:ui-monospace,monospace;font-size:.95rem;word-break:break-all}
.what{margin:.25rem 0;font-weight:600}.fix{margin:.25rem 0;color:#0b5a2a}.note{color:#555}
`;

/** Text as HTML: editors' words (and a parser's quotes of them) are never markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** `path:line`, what is wrong and the fix of one problem, from its printed form. */
export function errorParts(e: ContentError): { where: string; what: string; fix: string } {
  const where = e.line > 0 ? `${e.file}:${e.line}` : e.file;
  const rest = e.format().slice(where.length + 2);
  const cut = rest.indexOf(' — ');
  return cut < 0 ? { where, what: rest, fix: '' } : { where, what: rest.slice(0, cut), fix: rest.slice(cut + 3) };
}

/**
 * The Hindi error page of the dev server: every problem with its `path:line` and its fix, all text
 * escaped. No script of its own; `reloadHash` (a CSP hash source) lets the dev server's live-reload
 * script run, and nothing else.
 */
export function errorPage(errors: readonly ContentError[], reloadHash: string): string {
  const l = currentLang();
  const t = (id: 'dev.title' | 'dev.heading' | 'dev.intro' | 'dev.fix') => render(msg(id), l);
  const items = sortErrors(errors).map((e) => {
    const p = errorParts(e);
    const fix = p.fix ? `<p class="fix">${t('dev.fix')} ${escapeHtml(p.fix)}</p>` : '';
    return `<li><code>${escapeHtml(p.where)}</code><p class="what">${escapeHtml(p.what)}</p>${fix}</li>`;
  });
  const count = countLine(errors, l);
  const csp = `default-src 'self'; script-src 'self' ${reloadHash}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'`;
  return `<!doctype html>
<html lang="${l}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t('dev.title')}</title>
<link rel="stylesheet" href="${ERROR_CSS_URL}">
</head>
<body>
<main>
<h1>${t('dev.heading')}</h1>
<p>${t('dev.intro')}</p>
<ol>
${items.join('\n')}
</ol>
<p class="note">${escapeHtml(count)}</p>
</main>
</body>
</html>
`;
}
