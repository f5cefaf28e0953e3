// Old WordPress addresses that no static host can redirect: `/?p=123` (the host serves the front
// page for it) and paths the build left no redirect page for (`/category/x/page/3/`, `/2019/05/12/`).
// Loaded only by the 404 page and, when the address has a query, acted on by the front page. The map
// (old address → site path, written by the build from _data/wordpress-redirects.json) is split into
// shards by a hash of the address; only one shard is fetched. Keys are spelt as
// scripts/content/old-urls.ts's oldUrlKey spells them, shards picked as scripts/eleventy/old-url-lookup.ts picks them.
(() => {
  const me = document.currentScript;
  if (!me || !me.src) return;
  const assets = new URL('.', me.src);
  // The site may live in a folder (a path prefix): the script sits in <prefix>/assets/.
  const prefix = new URL('..', assets).pathname.replace(/\/$/, '');
  const shards = Number(me.dataset.shards) || 0;
  const onHome = me.hasAttribute('data-home');

  const decode = (s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const fnv = (s) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  };
  const go = (path) => {
    const target = prefix + path;
    if (target !== location.pathname + location.search) location.replace(target);
  };

  let path = location.pathname;
  if (prefix && path.startsWith(`${prefix}/`)) path = path.slice(prefix.length);
  path = decode(path).normalize('NFC').toLowerCase();
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/.test(path)) path += '/';
  const params = new URLSearchParams(location.search);
  const keys = [];
  if (path === '/index.php' || path === '/index.php/') path = '/';
  if (path === '/') {
    for (const name of ['p', 'page_id', 'cat', 'author', 'tag']) {
      const value = params.get(name);
      if (value) keys.push(`/?${name}=${value.normalize('NFC').toLowerCase()}`);
    }
    const month = /^(\d{4})(\d{2})?/.exec(params.get('m') || '');
    const words = params.get('s');
    if (!keys.length && words) return go(`/khoj/?q=${encodeURIComponent(words)}`);
    if (!keys.length && month) return go(month[2] ? `/${month[1]}/${month[2]}/` : `/${month[1]}/`);
  }
  if (onHome && !keys.length) return;
  // A listing's later pages, its feed or AMP view: the listing itself.
  const base = path.replace(/(?:page\/\d+\/|feed\/|amp\/)+$/, '');
  if (!onHome) keys.push(path, base);
  const day = /^\/(\d{4})\/(\d{2})\/\d{2}\/$/.exec(base);
  const fallback = day ? `/${day[1]}/${day[2]}/` : base !== path ? base : '';
  if (!shards) return fallback && go(fallback);

  const loaded = new Map();
  const shardOf = (n) => {
    if (!loaded.has(n))
      loaded.set(
        n,
        fetch(new URL(`${me.dataset.map}${n}.json`, assets), { credentials: 'same-origin' }).then((r) => (r.ok ? r.json() : {})),
      );
    return loaded.get(n);
  };
  const lookup = async () => {
    for (const key of keys) {
      const map = await shardOf(fnv(key) % shards);
      if (typeof map[key] === 'string' && map[key].startsWith('/')) return go(map[key]);
    }
    if (fallback) go(fallback);
  };
  lookup().catch(() => fallback && go(fallback));
})();
