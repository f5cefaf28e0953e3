// AdSense units (<ins class="adsbygoogle"> in layouts/partials/ad-slot.njk) are filled only when they
// come near the screen: adsbygoogle.js is fetched on the first such unit, never before, so a reader
// who does not scroll to an ad downloads nothing of it and the page's first paint waits for none.
const units = document.querySelectorAll('ins.adsbygoogle[data-ad-client]');
let loaded = false;
function fill(unit) {
  if (!loaded) {
    loaded = true;
    const s = document.createElement('script');
    s.async = true;
    s.crossOrigin = 'anonymous';
    s.src = 'https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=' + encodeURIComponent(unit.getAttribute('data-ad-client'));
    document.head.append(s);
  }
  (window.adsbygoogle = window.adsbygoogle || []).push({});
}
if (units.length > 0 && 'IntersectionObserver' in window) {
  const seen = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        seen.unobserve(e.target);
        fill(e.target);
      }
    },
    { rootMargin: '300px 0px' },
  );
  for (const u of units) seen.observe(u);
}
