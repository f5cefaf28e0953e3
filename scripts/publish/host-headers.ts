/** One block of a `_headers` file: a URL pattern and its headers in file order. */
export interface HostRule {
  pattern: string;
  headers: Array<[string, string]>;
}

/**
 * Reads a `_headers` file as Netlify and Cloudflare Pages do: a line that starts at the left margin
 * is a URL pattern, the indented `Name: value` lines below it are its headers, `#` starts a comment.
 */
export function parseHeadersFile(text: string): HostRule[] {
  const rules: HostRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: trimmed, headers: [] });
      continue;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules[rules.length - 1];
    if (rule && colon > 0) rule.headers.push([trimmed.slice(0, colon).trim(), trimmed.slice(colon + 1).trim()]);
  }
  return rules;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a `_headers` pattern matches a URL path: `*` matches anything (slashes too), `:name` one segment. */
export function patternMatches(pattern: string, urlPath: string): boolean {
  const source = pattern
    .split('*')
    .map((part) =>
      part
        .split(/:[A-Za-z]\w*/)
        .map(escape)
        .join('[^/]+'),
    )
    .join('.*');
  return new RegExp(`^${source}$`).test(urlPath);
}

/**
 * The headers a host sends for a URL path: every matching rule applies, and a header named by
 * several rules gets all their values (a host joins them with commas; for a CSP, browsers then
 * enforce each). Names are lower-case; values in rule order.
 */
export function headersFor(rules: readonly HostRule[], urlPath: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [...(out.get(name.toLowerCase()) ?? []), value]);
  }
  return out;
}
