// The page-view counter set in site.json (analytics), loaded after the page (this file is deferred,
// the counter's own script async). Its settings come from this script's data-analytics attribute,
// written at build time from the validated config: no inline script, no value from an article.
const me = document.currentScript;
const cfg = JSON.parse((me && me.getAttribute('data-analytics')) || 'null');
function load(src, attrs) {
  const s = document.createElement('script');
  s.async = true;
  s.src = src;
  for (const [k, v] of Object.entries(attrs || {})) s.setAttribute(k, v);
  document.head.append(s);
}
if (cfg && cfg.provider === 'goatcounter') {
  load('https://gc.zgo.at/count.js', { 'data-goatcounter': 'https://' + cfg.code + '.goatcounter.com/count' });
} else if (cfg && cfg.provider === 'plausible') {
  load(cfg.host + 'js/script.js', { 'data-domain': cfg.domain });
} else if (cfg && cfg.provider === 'matomo') {
  const paq = (window._paq = window._paq || []);
  paq.push(['trackPageView'], ['enableLinkTracking'], ['setTrackerUrl', cfg.url + 'matomo.php'], ['setSiteId', String(cfg.siteId)]);
  load(cfg.url + 'matomo.js');
} else if (cfg && cfg.provider === 'ga4') {
  window.dataLayer = window.dataLayer || [];
  window.gtag = function gtag() {
    window.dataLayer.push(arguments);
  };
  window.gtag('js', new Date());
  window.gtag('config', cfg.measurementId);
  load('https://www.googletagmanager.com/gtag/js?id=' + encodeURIComponent(cfg.measurementId));
}
