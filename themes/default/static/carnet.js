// carnet: a keyboard-usable lightbox for photo links. Without JavaScript, each photo
// link simply opens the large photo; this script only enhances that.
(function () {
  "use strict";
  if (!window.HTMLDialogElement) return;
  var links = Array.prototype.slice.call(document.querySelectorAll("a[data-lightbox]"));
  if (!links.length) return;
  var lang = document.documentElement.lang === "en" ? "en" : "fr";
  var words = lang === "en"
    ? { close: "Close", prev: "Previous", next: "Next", label: "Photo viewer" }
    : { close: "Fermer", prev: "Précédente", next: "Suivante", label: "Visionneuse de photos" };
  var dialog = document.createElement("dialog");
  dialog.className = "lightbox";
  dialog.setAttribute("aria-label", words.label);
  dialog.innerHTML = '<div class="lightbox-inner"><img alt=""><p class="lightbox-caption"></p>' +
    '<div class="lightbox-bar"><button type="button" data-step="-1"></button>' +
    '<button type="button" data-close></button><button type="button" data-step="1"></button></div></div>';
  document.body.appendChild(dialog);
  var img = dialog.querySelector("img");
  var caption = dialog.querySelector(".lightbox-caption");
  var prev = dialog.querySelector('[data-step="-1"]');
  var next = dialog.querySelector('[data-step="1"]');
  var close = dialog.querySelector("[data-close]");
  prev.textContent = "← " + words.prev;
  next.textContent = words.next + " →";
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

// Feed filters: shown only with JavaScript; without it, the whole list is there.
(function () {
  "use strict";
  var form = document.querySelector("form[data-filters]");
  var feed = document.querySelector("[data-feed]");
  if (!form || !feed) return;
  form.hidden = false;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
  var cards = Array.prototype.slice.call(feed.querySelectorAll(".card"));
  var count = form.querySelector("[data-filter-count]");
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = selects.every(function (s) {
        if (!s.value) return true;
        var key = s.dataset.filter;
        return key === "skills"
          ? (card.dataset.skills || "").indexOf(" " + s.value + " ") >= 0
          : card.dataset[key] === s.value;
      });
      card.hidden = !ok;
      if (ok) shown += 1;
    });
    count.textContent = shown;
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
})();
