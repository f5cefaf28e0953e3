// "ताज़ा ख़बरें" beside an article on a wide screen, from the small latest.json each build writes
// (scripts/eleventy/latest.ts). The article's HTML never lists other stories, so publishing one
// leaves every article page as it was (#23). Nothing is fetched on a phone, where the column is not
// shown; the list sits at the foot of the side column, so filling it moves nothing.
(function () {
  var box = document.querySelector('[data-latest]');
  var me = document.currentScript;
  if (!box || !me || !window.fetch || !window.matchMedia('(min-width: 64rem)').matches) return;
  fetch(new URL('../latest.json', me.src))
    .then(function (r) {
      return r.ok ? r.json() : [];
    })
    .then(function (items) {
      var list = box.querySelector('ol');
      items
        .filter(function (i) {
          return i.u !== location.pathname;
        })
        .slice(0, 6)
        .forEach(function (i) {
          var li = document.createElement('li');
          var time = document.createElement('time');
          var link = document.createElement('a');
          time.dateTime = i.d;
          time.textContent = i.w;
          link.href = i.u;
          link.textContent = i.t;
          li.append(time, ' ', link);
          list.append(li);
        });
      if (list.children.length) box.hidden = false;
    })
    .catch(function () {});
})();
