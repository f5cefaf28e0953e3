interface EleventyConfigLike {
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  on(event: string, fn: () => unknown): void;
}

/** What Nunjucks passes a filter as `this`: the calling template's environment and variables. */
export interface FilterThis {
  env: { render(name: string, ctx: object): string };
  ctx: Record<string, unknown>;
}

/**
 * A cache of partials that print the same HTML on every page of a build, keyed by the partial's
 * name and the page values it is given. Cleared by `clear()` before each build.
 */
export function sitePartials() {
  const cache = new Map<string, string>();
  return {
    clear: () => cache.clear(),
    /** The partial `name` rendered with the page's site-wide data plus `vars`, once per distinct `vars`. */
    render(self: FilterThis, name: string, vars: Record<string, unknown> = {}): string {
      const key = `${name}\u0000${JSON.stringify(vars)}`;
      let html = cache.get(key);
      if (html === undefined) {
        html = self.env.render(name, { ...self.ctx, ...vars });
        cache.set(key, html);
      }
      return html;
    },
  };
}

/**
 * `{{ "partials/footer.njk" | sitePartial | safe }}` in place of `{% include %}` for a partial that
 * reads only site-wide data (site, categories, districts, authors, …) and the values passed to it,
 * as in `sitePartial({ navCurrent: navCurrent })`: rendered once per build and then reused.
 * Rendering the header and footer again cost ~0.1 ms on each of 100,000 pages. A partial that reads
 * anything else of the page (page.url, article, …) must stay an include.
 */
export function partialsPlugin(eleventyConfig: EleventyConfigLike): void {
  const partials = sitePartials();
  // Every build (each run of a large build, each dev-server rebuild) may see changed site data.
  eleventyConfig.on('eleventy.before', partials.clear);
  eleventyConfig.addFilter('sitePartial', function (this: FilterThis, name: string, vars?: Record<string, unknown>) {
    return partials.render(this, name, vars);
  });
}
