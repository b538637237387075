// carnet: opens a sealed site in the browser. The host serves only ciphertext
// (c/*.bin), the unlock page and this script. A passphrase derives a key with
// PBKDF2-HMAC-SHA256 (WebCrypto) that unwraps the site's content key; the content
// key is kept in sessionStorage for this browser session (« Verrouiller » forgets
// it). Each page is decrypted (AES-256-GCM, its path as associated data) and shown
// in place of this one; photos decrypt into blob URLs when they come near the
// screen, keeping srcset, sizes, lazy loading and the lightbox. A file that does
// not authenticate is never shown: an error is.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("carnet-seal").textContent);
  var seal = config.seal;
  var words = config.words;
  var form = document.getElementById("carnet-unlock-form");
  var input = document.getElementById("carnet-passphrase");
  var message = document.getElementById("carnet-message");
  var siteBase = new URL(".", location.href);
  var storageKey = "carnet-seal:" + siteBase.pathname;
  var enc = new TextEncoder();
  var files = null;
  var contentKey = null;
  var blobs = {};

  function say(text, kind) {
    message.textContent = text;
    message.className = "carnet-message " + (kind || "error");
  }

  function b64(text) {
    var bin = atob(text);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  function tob64(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
    return btoa(s);
  }

  function aad(path) {
    var tag = enc.encode("carnet-sealed-v1\0" + path);
    return tag;
  }

  function TamperError(path) {
    this.path = path;
  }

  async function fetchBytes(name) {
    var response = await fetch(new URL(name, siteBase), { cache: "no-cache" });
    if (!response.ok) throw new Error("HTTP " + response.status + " " + name);
    return new Uint8Array(await response.arrayBuffer());
  }

  // Fetches and opens the sealed file of site path `path` (stored under `name`).
  async function openFile(path, name) {
    var sealed = await fetchBytes(name);
    if (sealed.length < 28) throw new TamperError(path);
    try {
      return new Uint8Array(await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: sealed.subarray(0, 12), additionalData: aad(path) },
        contentKey, sealed.subarray(12)));
    } catch (e) {
      throw new TamperError(path);
    }
  }

  async function unwrap(passphrase) {
    var base = await crypto.subtle.importKey("raw", enc.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
    var kek = await crypto.subtle.deriveKey(
      { name: "PBKDF2", hash: "SHA-256", salt: b64(seal.salt), iterations: seal.iterations },
      base, { name: "AES-GCM", length: 256 }, false, ["decrypt"]);
    for (var i = 0; i < seal.keys.length; i++) {
      try {
        var raw = await crypto.subtle.decrypt(
          { name: "AES-GCM", iv: b64(seal.keys[i].nonce), additionalData: enc.encode("carnet-content-key-v1") },
          kek, b64(seal.keys[i].key));
        return new Uint8Array(raw);
      } catch (e) { /* not this one */ }
    }
    return null;
  }

  async function useKey(raw) {
    contentKey = await crypto.subtle.importKey("raw", raw, "AES-GCM", false, ["decrypt"]);
    var map = await openFile("\0map", seal.map);
    files = JSON.parse(new TextDecoder().decode(map)).files;
  }

  function forget() {
    try { sessionStorage.removeItem(storageKey); } catch (e) { /* storage off */ }
  }

  function mime(path) {
    var ext = path.split(".").pop().toLowerCase();
    return {
      jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", svg: "image/svg+xml",
      css: "text/css", js: "text/javascript", json: "application/json", xml: "application/xml",
      html: "text/html", txt: "text/plain", ico: "image/x-icon"
    }[ext] || "application/octet-stream";
  }

  // The site path of `url` (relative to the page at site path `from`), or null when
  // it points outside the site.
  function sitePath(url, from) {
    if (!url || /^(data|blob|mailto|tel|javascript):/i.test(url)) return null;
    var abs;
    try { abs = new URL(url, new URL(from, siteBase)); } catch (e) { return null; }
    if (abs.origin !== siteBase.origin || abs.pathname.indexOf(siteBase.pathname) !== 0) return null;
    var path = decodeURIComponent(abs.pathname.slice(siteBase.pathname.length));
    if (path === "" || path.slice(-1) === "/") path += "index.html";
    return { path: path, hash: abs.hash };
  }

  async function blobOf(path) {
    if (!blobs[path]) {
      var name = files[path];
      if (!name) throw new Error("missing " + path);
      blobs[path] = openFile(path, name).then(function (bytes) {
        return URL.createObjectURL(new Blob([bytes], { type: mime(path) }));
      });
    }
    return blobs[path];
  }

  function tamperBanner() {
    if (document.getElementById("carnet-seal-error")) return;
    var banner = document.createElement("p");
    banner.id = "carnet-seal-error";
    banner.setAttribute("role", "alert");
    banner.className = "carnet-seal-error";
    banner.textContent = words.tampered_part;
    document.body.insertBefore(banner, document.body.firstChild);
  }

  // Decrypts the candidates of a srcset ("a.jpg 320w, b.jpg 640w") into blob URLs.
  async function blobSrcset(srcset) {
    var parts = srcset.split(",").map(function (p) { return p.trim(); }).filter(Boolean);
    var out = await Promise.all(parts.map(async function (part) {
      var bits = part.split(/\s+/);
      return [await blobOf(bits[0])].concat(bits.slice(1)).join(" ");
    }));
    return out.join(", ");
  }

  // Decrypts one <img> (and the <source>s of its <picture>).
  async function showImage(img) {
    if (img.dataset.carnetDone) return;
    img.dataset.carnetDone = "1";
    try {
      var picture = img.parentElement && img.parentElement.tagName === "PICTURE" ? img.parentElement : null;
      var sources = picture ? Array.prototype.slice.call(picture.querySelectorAll("source[data-carnet-srcset]")) : [];
      var sets = await Promise.all(sources.map(function (s) { return blobSrcset(s.dataset.carnetSrcset); }));
      sources.forEach(function (s, i) { s.srcset = sets[i]; });
      if (img.dataset.carnetSrcset) img.srcset = await blobSrcset(img.dataset.carnetSrcset);
      if (img.dataset.carnetSrc) img.src = await blobOf(img.dataset.carnetSrc);
    } catch (e) {
      img.dataset.carnetError = "1";
      img.alt = words.tampered_photo;
      tamperBanner();
    }
  }

  // Sets the href of a link to a site file (lightbox photo, data file) to its blob.
  async function resolveLink(link) {
    if (link.dataset.carnetReady) return;
    try {
      link.href = await blobOf(link.dataset.carnetFile);
      link.dataset.carnetReady = "1";
    } catch (e) {
      link.dataset.carnetError = "1";
      tamperBanner();
      throw e;
    }
  }

  // Rewrites a decrypted page (at site path `path`) so that it reads only sealed
  // files: pages through this unlock page, files through blob URLs.
  function rewrite(doc, path) {
    doc.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      var target = sitePath(href, path);
      if (!target) {
        // Outside this site (another site, the web): made absolute, since the page
        // is no longer at its own address.
        try {
          if (!/^[a-z][a-z0-9+.-]*:/i.test(href) && href.charAt(0) !== "#") {
            a.setAttribute("href", new URL(href, new URL(path, siteBase)).href);
          }
        } catch (e) { /* left as written */ }
        return;
      }
      if (target.path === path && target.hash) { a.setAttribute("href", target.hash); return; }
      if (/\.html$/.test(target.path) && files[target.path]) {
        a.setAttribute("href", "index.html?p=" + encodeURIComponent(target.path) + target.hash);
      } else if (files[target.path]) {
        a.dataset.carnetFile = target.path;
      }
    });
    doc.querySelectorAll("img[src], img[srcset], source[srcset]").forEach(function (el) {
      ["src", "srcset"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (!value) return;
        var rewritten = value.split(",").map(function (part) {
          var bits = part.trim().split(/\s+/);
          var target = sitePath(bits[0], path);
          return target ? [target.path].concat(bits.slice(1)).join(" ") : null;
        });
        if (rewritten.indexOf(null) >= 0) return;
        el.dataset["carnet" + attr.charAt(0).toUpperCase() + attr.slice(1)] = rewritten.join(", ");
        el.removeAttribute(attr);
      });
    });
    var scripts = [];
    doc.querySelectorAll("script[src]").forEach(function (s) {
      var target = sitePath(s.getAttribute("src"), path);
      if (target) scripts.push(target.path);
      s.remove();
    });
    var styles = [];
    doc.querySelectorAll("link[href]").forEach(function (l) {
      var target = sitePath(l.getAttribute("href"), path);
      if (!target) return;
      if ((l.getAttribute("rel") || "").toLowerCase() === "stylesheet") styles.push({ link: l, path: target.path });
      else l.remove();
    });
    return { scripts: scripts, styles: styles };
  }

  function lockButton() {
    var button = document.createElement("button");
    button.type = "button";
    button.id = "carnet-lock";
    button.className = "carnet-lock";
    button.textContent = words.lock;
    button.setAttribute("style", "font:inherit;padding:.5rem 1rem;border-radius:.5rem;" +
      "border:2px solid #222;background:#fff;color:#222;cursor:pointer");
    button.addEventListener("click", function () {
      forget();
      Object.keys(blobs).forEach(function (k) { blobs[k].then(URL.revokeObjectURL, function () {}); });
      location.replace(siteBase.href + "index.html");
    });
    // In the flow at the top of the page (after the skip link), never over it: a
    // fixed button covered titles and text on a phone.
    var bar = document.createElement("div");
    bar.className = "carnet-lock-bar";
    bar.setAttribute("style", "display:flex;justify-content:flex-end;padding:.5rem .75rem");
    bar.appendChild(button);
    var skip = document.body.querySelector(":scope > .skip-link");
    if (skip) skip.after(bar); else document.body.prepend(bar);
  }

  async function showPage(path) {
    var name = files[path];
    if (!name) {
      say(words.not_found);
      return;
    }
    var html = new TextDecoder().decode(await openFile(path, name));
    var doc = new DOMParser().parseFromString(html, "text/html");
    var found = rewrite(doc, path);
    await Promise.all(found.styles.map(async function (s) {
      s.link.setAttribute("href", await blobOf(s.path));
    }));
    var scripts = await Promise.all(found.scripts.map(blobOf));
    var root = document.importNode(doc.documentElement, true);
    document.replaceChild(root, document.documentElement);
    lockButton();
    // Photos: at once when eager, when they come near the screen when lazy.
    var lazy = [];
    document.querySelectorAll("img[data-carnet-src], img[data-carnet-srcset]").forEach(function (img) {
      if (img.getAttribute("loading") === "lazy" && "IntersectionObserver" in window) lazy.push(img);
      else showImage(img);
    });
    if (lazy.length) {
      var observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { observer.unobserve(entry.target); showImage(entry.target); }
        });
      }, { rootMargin: "300px" });
      lazy.forEach(function (img) { observer.observe(img); });
    }
    // Links to sealed files open once decrypted; lightbox photos are fetched ahead.
    document.addEventListener("click", function (ev) {
      var link = ev.target.closest && ev.target.closest("a[data-carnet-file]");
      if (!link || link.dataset.carnetReady) return;
      ev.preventDefault();
      ev.stopImmediatePropagation();
      resolveLink(link).then(function () { link.click(); }, function () {});
    }, true);
    var links = Array.prototype.slice.call(document.querySelectorAll("a[data-lightbox][data-carnet-file]"));
    links.reduce(function (chain, link) {
      return chain.then(function () { return resolveLink(link).catch(function () {}); });
    }, Promise.resolve());
    scripts.forEach(function (src) {
      var el = document.createElement("script");
      el.src = src;
      document.body.appendChild(el);
    });
    if (location.hash) {
      var anchor = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (anchor) anchor.scrollIntoView();
    }
  }

  function requested() {
    var p = new URLSearchParams(location.search).get("p") || "index.html";
    return p.slice(-1) === "/" ? p + "index.html" : p;
  }

  async function open() {
    try {
      await showPage(requested());
    } catch (e) {
      say(e instanceof TamperError ? words.tampered : words.failed);
      form.hidden = true;
    }
  }

  async function start() {
    if (location.protocol === "file:") {
      say(words.file_url);
      return;
    }
    if (!window.isSecureContext || !window.crypto || !crypto.subtle) {
      say(words.insecure);
      return;
    }
    var stored = null;
    try { stored = JSON.parse(sessionStorage.getItem(storageKey) || "null"); } catch (e) { stored = null; }
    if (stored && stored.build === seal.build) {
      try {
        await useKey(b64(stored.key));
        return open();
      } catch (e) {
        forget();
        if (e instanceof TamperError) { say(words.tampered); return; }
      }
    } else if (stored) {
      forget();
    }
    form.hidden = false;
    input.focus();
    form.addEventListener("submit", async function (ev) {
      ev.preventDefault();
      var button = form.querySelector("button");
      button.disabled = true;
      say(words.working, "info");
      try {
        var raw = await unwrap(input.value);
        if (!raw) {
          say(words.wrong);
          input.select();
          return;
        }
        await useKey(raw);
        try {
          sessionStorage.setItem(storageKey, JSON.stringify({ build: seal.build, key: tob64(raw) }));
        } catch (e) { /* storage off: this page still opens */ }
        await open();
      } catch (e) {
        say(e instanceof TamperError ? words.tampered : words.failed);
      } finally {
        button.disabled = false;
      }
    });
  }

  start();
})();
