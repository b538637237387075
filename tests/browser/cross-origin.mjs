// A page of another origin, open in the same browser as `carnet serve`, tries to read
// a learner's private carnet (issue 21; the class of webpack-dev-server CVE-2025-30359
// and Vite CVE-2025-24010): by <script src> of the private search index, fetch() in
// both modes, an <iframe>, an <img> of a photo (its size), a <link rel=stylesheet>, an
// EventSource, and a probe of a page that exists against one that does not. It does so
// from two origins: another host of the loopback network (127.0.0.2, cross-site) and
// another port of 127.0.0.1 (same-site). Then, in the same browser, the preview itself
// must still work when its address is typed.
//
// Usage: node cross-origin.mjs BASE_URL SITE PRIVATE_PAGE PHOTO_PATH CANARY
//   BASE_URL      http://127.0.0.1:PORT (the preview)
//   SITE          the private site's folder (private/ana)
//   PRIVATE_PAGE  a private page's path that loads the search index (/private/ana/experiences/)
//   PHOTO_PATH    a photo's path on the preview
//   CANARY        a string of a private item: must never reach the other origin
// Prints what each attempt got, then `RESULT {json}`; exits 0 when it could look at
// everything (whatever it saw), 2 when it could not run.

import { chromium } from 'playwright-core';
import http from 'node:http';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const [base, site, privatePage, photoPath, canary] = process.argv.slice(2);
if (!base || !site || !privatePage || !photoPath || !canary) {
  console.error('usage: node cross-origin.mjs BASE_URL SITE PRIVATE_PAGE PHOTO_PATH CANARY');
  process.exit(2);
}

// The attacker's page: every way a page can reach another origin's files, recorded in
// window.results (what loaded, what could be read).
const EVIL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Jeu gratuit</title></head><body>
<script>
window.results = {};
const base = ${JSON.stringify(base)};
const settle = [];
const record = (key, value) => { window.results[key] = value; };
function script(key, url, after) {
  settle.push(new Promise((done) => {
    const s = document.createElement('script');
    s.src = url;
    s.onload = () => { record(key, { event: 'load', read: after ? after() : null }); done(); };
    s.onerror = () => { record(key, { event: 'error', read: after ? after() : null }); done(); };
    document.head.appendChild(s);
  }));
}
script('script-index', base + '/${site}/search-index.js', () => JSON.stringify(window.carnetSearch || null));
script('script-existing-page', base + '${privatePage}');
script('script-missing-page', base + '/${site}/no-such-page-here/');
settle.push(fetch(base + '/${site}/search-index.js').then(
  async (r) => record('fetch-cors', { status: r.status, body: await r.text() }),
  (e) => record('fetch-cors', { error: String(e) })));
settle.push(fetch(base + '/${site}/search-index.js', { mode: 'no-cors' }).then(
  (r) => record('fetch-no-cors', { type: r.type, status: r.status }),
  (e) => record('fetch-no-cors', { error: String(e) })));
settle.push(fetch(base + '${privatePage}', { credentials: 'include' }).then(
  async (r) => record('fetch-page-credentials', { status: r.status, body: await r.text() }),
  (e) => record('fetch-page-credentials', { error: String(e) })));
settle.push(new Promise((done) => {
  const img = new Image();
  img.onload = () => { record('img-photo', { event: 'load', width: img.naturalWidth, height: img.naturalHeight }); done(); };
  img.onerror = () => { record('img-photo', { event: 'error', width: img.naturalWidth }); done(); };
  img.src = base + ${JSON.stringify(photoPath)};
}));
settle.push(new Promise((done) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = base + '/${site}/static/style.css';
  link.onload = () => { record('stylesheet', { event: 'load' }); done(); };
  link.onerror = () => { record('stylesheet', { event: 'error' }); done(); };
  document.head.appendChild(link);
}));
settle.push(new Promise((done) => {
  const f = document.createElement('iframe');
  f.src = base + '${privatePage}';
  f.onload = () => {
    let read = null;
    try { read = f.contentDocument ? f.contentDocument.documentElement.outerHTML : null; } catch (e) { read = null; }
    record('iframe', { event: 'load', read });
    done();
  };
  document.body.appendChild(f);
  setTimeout(() => { if (!window.results.iframe) { record('iframe', { event: 'none', read: null }); done(); } }, 10000);
}));
settle.push(new Promise((done) => {
  const events = new EventSource(base + '/_carnet/events?site=${site}');
  events.addEventListener('build', (e) => { record('event-source', { event: 'message', data: e.data }); events.close(); done(); });
  events.onerror = () => { record('event-source', { event: 'error' }); events.close(); done(); };
  setTimeout(() => { if (!window.results['event-source']) { record('event-source', { event: 'none' }); events.close(); done(); } }, 10000);
}));
window.done = Promise.all(settle).then(() => window.results);
</script>
<p>Rien à voir ici.</p>
</body></html>`;

function evilServer(host) {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(EVIL);
    });
    server.listen(0, host, () => resolve({ server, url: `http://${host}:${server.address().port}/` }));
  });
}

let browser;
try {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
    timeout: 60000,
  });
} catch (e) {
  console.error(`cross-origin.mjs: cannot start ${CHROMIUM}: ${e.message}`);
  process.exit(2);
}
const result = { origins: {}, preview: {} };
try {
  // One context, as one person's browser: the preview opened first (so its session
  // cookie is there for the attacker to ride on), then the other origins' pages.
  const ctx = await browser.newContext();
  ctx.setDefaultTimeout(60000);
  const preview = await ctx.newPage();
  const previewErrors = [];
  preview.on('pageerror', (e) => previewErrors.push(String(e)));
  const first = await preview.goto(base + privatePage);
  result.preview.firstStatus = first.status();
  for (const host of ['127.0.0.2', '127.0.0.1']) {
    const { server, url } = await evilServer(host);
    const page = await ctx.newPage();
    page.on('pageerror', (e) => console.log(`evil page error: ${e}`));
    await page.goto(url);
    const seen = await page.evaluate(() => window.done);
    result.origins[url] = seen;
    console.log(`from ${url}: ${JSON.stringify(seen).slice(0, 2000)}`);
    await page.close();
    server.close();
  }
  // The preview itself, typed in the address bar of the same browser, still works:
  // the page, its own search index, its stylesheet.
  const again = await preview.goto(base + privatePage);
  result.preview.status = again.status();
  result.preview.hasCanary = (await preview.content()).includes(canary);
  result.preview.searchIndex = await preview.evaluate(() => JSON.stringify(window.carnetSearch || null));
  result.preview.styled = await preview.evaluate(() => [...document.styleSheets].some((s) => { try { return s.cssRules.length > 0; } catch { return false; } }));
  result.preview.errors = previewErrors;
} catch (e) {
  console.error(`cross-origin.mjs: ${e.stack || e}`);
  await browser.close();
  process.exit(2);
}
await browser.close();
console.log(`RESULT ${JSON.stringify(result)}`);
