// carnet: a keyboard-usable lightbox for photo links. Without JavaScript, each photo
// link simply opens the large photo; this script only enhances that.
(function () {
  "use strict";
  if (!window.HTMLDialogElement) return;
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-lightbox]"));
  if (!links.length) return;
  // The words come from the page (the catalogue's page-close…, in the site's
  // language); a theme that leaves them out gets arrows and a cross.
  var data = document.body.dataset;
  var words = {
    close: data.lightboxClose || "×",
    prev: data.lightboxPrevious || "",
    next: data.lightboxNext || "",
    label: data.lightboxLabel || ""
  };
  var dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  if (words.label) dialog.setAttribute("aria-label", words.label);
  dialog.innerHTML = '<div class="lightbox-inner"><img alt=""><p class="lightbox-caption"></p>' +
    '<div class="lightbox-bar"><button type="button" data-step="-1"></button>' +
    '<button type="button" data-close></button><button type="button" data-step="1"></button></div></div>';
  document.body.appendChild(dialog);
  var img = dialog.querySelector("img");
  var caption = dialog.querySelector(".lightbox-caption");
  var prev = dialog.querySelector('[data-step="-1"]');
  var next = dialog.querySelector('[data-step="1"]');
  var close = dialog.querySelector("[data-close]");
  prev.textContent = ("← " + words.prev).trim();
  next.textContent = (words.next + " →").trim();
  close.textContent = words.close;
  var current = 0;
  var opener = null;

  function show(i) {
    current = (i + links.length) % links.length;
    var link = links[current];
    var thumb = link.querySelector("img");
    img.src = link.getAttribute("href");
    img.alt = thumb ? thumb.alt : "";
    img.width = +link.dataset.largeWidth || 0;
    img.height = +link.dataset.largeHeight || 0;
    var fig = link.closest("figure");
    var cap = fig && fig.querySelector("figcaption");
    caption.textContent = cap ? cap.textContent : (thumb ? thumb.alt : "");
    prev.hidden = next.hidden = links.length < 2;
  }
  links.forEach(function (link, i) {
    link.addEventListener("click", function (ev) {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      opener = link;
      show(i);
      dialog.showModal();
      close.focus();
    });
  });
  prev.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("click", function (ev) { if (ev.target === dialog || ev.target.classList.contains("lightbox-inner")) dialog.close(); });
  dialog.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowLeft") { show(current - 1); ev.preventDefault(); }
    if (ev.key === "ArrowRight") { show(current + 1); ev.preventDefault(); }
  });
  dialog.addEventListener("close", function () { img.removeAttribute("src"); if (opener) opener.focus(); });
})();

// Feed filters and search: shown only with JavaScript; without it, the whole list is
// there, with links to the static page of each skill, tag, kind, group and learner.
// The index is `search-index.js` (a classic script setting window.carnetSearch, so it
// works from file:// and offline), made from this site's view only. The filter
// state lives in the URL (?skill=rigueur&kind=stage), so a filtered view can be
// shared and reloaded.
(function () {
  "use strict";
  var form = document.querySelector("form[data-filters]");
  var feed = document.querySelector("[data-feed]");
  if (!form || !feed) return;
  form.hidden = false;
  var fields = Array.prototype.slice.call(form.querySelectorAll("[data-filter]"));
  var cards = Array.prototype.slice.call(feed.querySelectorAll(".card"));
  var count = form.querySelector("[data-filter-count]");
  var index = window.carnetSearch && window.carnetSearch.docs ? window.carnetSearch.docs : [];
  // « équipe » and « Equipes » both give « equip »: accents and case folded, then
  // a light French stemming (plural -s/-x, final -e).
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function stem(w) {
    if (w.length > 3 && /[sx]$/.test(w)) w = w.slice(0, -1);
    if (w.length > 3 && /e$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  function words(s) {
    return fold(s).split(/[^a-z0-9]+/).filter(function (w) { return w.length > 1; }).map(stem);
  }
  if (!index.length) { form.hidden = true; return; } // no index: the whole list stays
  var docs = {};
  index.forEach(function (d) { docs[d.key] = d; });
  // A document's words are folded the first time a search needs them: opening the
  // page costs nothing for the text of hundreds of experiences.
  function wordsOf(d) {
    if (!d.words) d.words = words(d.text);
    return d.words;
  }
  function value(name) {
    var f = form.querySelector('[data-filter="' + name + '"]');
    return f ? f.value : "";
  }
  function month(v, end) {
    if (/^\d{4}$/.test(v)) return v + (end ? "-12" : "-01");
    return v;
  }
  // The filters' values, read once per change rather than once per card.
  function wanted() {
    return {
      q: words(value("q")), learner: value("learner"), group: value("group"),
      skill: value("skill"), tag: value("tag"), kind: value("kind"),
      from: month(value("from"), false), to: month(value("to"), true)
    };
  }
  function matches(d, w) {
    if (!d) return false;
    return (!w.learner || d.learner === w.learner) &&
      (!w.group || d.groups.indexOf(w.group) >= 0) &&
      (!w.skill || d.skills.indexOf(w.skill) >= 0) &&
      (!w.tag || d.tags.indexOf(w.tag) >= 0) &&
      (!w.kind || d.kind === w.kind) &&
      (!w.from || d.month >= w.from) && (!w.to || d.month <= w.to) &&
      w.q.every(function (q) { return wordsOf(d).some(function (x) { return x.indexOf(q) === 0; }); });
  }
  function saveState() {
    var params = new URLSearchParams();
    fields.forEach(function (f) { if (f.value) params.set(f.name, f.value); });
    var query = params.toString();
    try {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    } catch (e) { /* a browser refusing to change a file:// URL keeps the filters anyway */ }
  }
  function apply() {
    var shown = 0;
    var w = wanted();
    cards.forEach(function (card) {
      var ok = matches(docs[card.dataset.key], w);
      if (card.hidden === ok) card.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown;
    saveState();
  }
  var params = new URLSearchParams(location.search);
  var given = false;
  fields.forEach(function (f) {
    var v = params.get(f.name);
    if (v === null) return;
    given = true;
    f.value = v;
    if (f.value !== v && f.tagName === "SELECT") {
      // A period the list of months does not offer (a year, or a month without any
      // experience) is kept as written: it becomes a choice of its own, in order.
      if ((f.name === "from" || f.name === "to") && /^\d{4}(-\d{2})?$/.test(v)) {
        var option = new Option(v, v);
        var after = Array.prototype.find.call(f.options, function (o) {
          return o.value && month(o.value, false) > month(v, f.name === "to");
        });
        f.add(option, after || null);
        f.value = v;
      } else {
        f.value = "";
      }
    }
  });
  fields.forEach(function (f) { f.addEventListener(f.tagName === "SELECT" ? "change" : "input", apply); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  // Opened without filters, the page already shows every card and their count; a
  // filter in the address is applied (one the page does not offer is dropped from it).
  if (given) apply();
})();
