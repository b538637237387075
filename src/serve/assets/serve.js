// carnet serve: reloads the page when a build ends (Server-Sent Events), and
// helps the capture form (date read from the photo, a preview of each photo,
// alt text asked for each chosen photo). Served by the preview only; never part
// of a built site.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="carnet-serve-generation"]');
  var shown = meta ? meta.getAttribute("content") : null;
  var form = document.querySelector("form.cs-form");
  // The form never reloads by itself: that would lose what is being typed (and a
  // build set off by its own write would cancel the page it leads to).
  if (window.EventSource && shown !== null && !form) {
    // Naming the page's site lets the server render that site first.
    var site = document.querySelector('meta[name="carnet-serve-site"]');
    var url = "/_carnet/events" + (site ? "?site=" + encodeURIComponent(site.getAttribute("content")) : "");
    var events = new EventSource(url);
    events.addEventListener("build", function (e) {
      if (e.data !== shown) {
        events.close();
        window.location.reload();
      }
    });
  }

  // Choosing another audience switches at once (the button stays for browsers
  // without scripts).
  var audience = document.getElementById("cs-audience");
  if (audience && audience.form) {
    audience.addEventListener("change", function () { audience.form.submit(); });
  }

  if (!form) { return; }
  var date = document.getElementById("cs-date");
  var hint = document.getElementById("cs-date-hint");
  var csrf = form.querySelector('input[name="csrf"]');
  var dateTouched = false;
  if (date) {
    if (!date.value && date.getAttribute("data-today")) {
      date.value = date.getAttribute("data-today");
      if (hint && hint.getAttribute("data-today-text")) { hint.textContent = hint.getAttribute("data-today-text"); }
    }
    date.addEventListener("input", function () { dateTouched = true; });
  }

  function readDate(file) {
    if (!date || dateTouched || !csrf || !window.fetch || !window.FormData) { return; }
    var body = new FormData();
    body.append("csrf", csrf.value);
    // The EXIF block sits at the start of the file: 256 kB are enough.
    body.append("photo", file.slice(0, 262144), "photo");
    fetch("/_carnet/photo-date", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer && answer.date && !dateTouched) {
          date.value = answer.date;
          if (hint && answer.message) { hint.textContent = answer.message; }
        }
      })
      .catch(function () {});
  }

  var inputs = form.querySelectorAll('input[type="file"]');
  Array.prototype.forEach.call(inputs, function (input, index) {
    input.addEventListener("change", function () {
      var slot = input.closest(".cs-photo");
      var alt = slot ? slot.querySelector('input[type="text"]') : null;
      var old = slot ? slot.querySelector("img.cs-preview") : null;
      if (old) { old.remove(); }
      var file = input.files && input.files[0];
      if (alt) { alt.required = !!file; }
      if (!file) { return; }
      if (index === 0) { readDate(file); }
      if (slot && window.URL && URL.createObjectURL) {
        var img = document.createElement("img");
        img.className = "cs-preview";
        img.alt = "";
        img.src = URL.createObjectURL(file);
        input.insertAdjacentElement("afterend", img);
      }
      if (alt) { alt.focus(); }
    });
  });
  var error = document.getElementById("cs-form-error");
  if (error) { error.focus(); }
})();
