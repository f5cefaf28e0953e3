import { prefixPath } from '../content/path-prefix.ts';

/**
 * A stylesheet's root-relative `url(/…)`s under `pathPrefix` (`url(/assets/a.woff2)` →
 * `url(/repo/assets/a.woff2)`), quoted or not; `url(//host/…)`, `url(https://…)`, `url(data:…)` and
 * relative URLs stay. At `/` the text is returned as it is.
 */
export function prefixCssUrls(css: string, pathPrefix: string): string {
  if (pathPrefix === '/') return css;
  return css.replace(
    /url\(\s*(['"]?)(\/(?!\/)[^'")\s]*)\1\s*\)/gi,
    (_, q: string, path: string) => `url(${q}${prefixPath(pathPrefix, path)}${q})`,
  );
}
