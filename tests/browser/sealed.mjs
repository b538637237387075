#!/usr/bin/env node
// A sealed site (`protect = true`) in headless Chromium, served over loopback by a
// small static server of this script (it serves only the site's files, as any host
// would: ciphertext, the unlock page and its script).
//
//   node sealed.mjs open     SITE_DIR PAGE PASS...   each passphrase, in a fresh browser
//        context, opens PAGE: its photos decrypt into blob: URLs (lazy ones once
//        scrolled to), the lightbox shows the large photo and steps to the next,
//        a link leads to another page without asking again, « Verrouiller » forgets
//        the key. Prints the unlock and photo timings.
//   node sealed.mjs refuse   SITE_DIR PASS...        each passphrase is refused with a message
//   node sealed.mjs tampered SITE_DIR PAGE PASS      prints what a reader sees: `page-error`
//        (the page did not open, with a message), `photo-error` (the page opened, a
//        damaged photo is replaced by an error), or `shown` (nothing noticed)
//   node sealed.mjs contexts SITE_DIR PAGE PASS      https:// (self-signed, trusted for the
//        test), http://localhost and file:// open or explain; plain http:// explains
//
// Prints one line per check and a last `RESULT {json}` line; exits 1 on a failure,
// 2 when it could not run. Environment: CHROMIUM_PATH (default /usr/bin/chromium).

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
  // A name that is not localhost, for the plain-http check; it resolves to loopback.
  '--host-resolver-rules=MAP carnet-host.test 127.0.0.1',
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.bin': 'application/octet-stream' };

const [command, siteArg, ...rest] = process.argv.slice(2);
if (!command || !siteArg) {
  console.error('usage: node sealed.mjs open|refuse|tampered|contexts SITE_DIR ...');
  process.exit(2);
}
const SITE = path.resolve(siteArg);
const result = {};

function fail(message) {
  console.log(`FAIL: ${message}`);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(1);
}

// Serves SITE_DIR's files, and records every path asked for.
function handler(requests) {
  return (req, res) => {
    const url = new URL(req.url, 'http://x');
    requests.push(url.pathname);
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(SITE, rel);
    if (!file.startsWith(SITE + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    res.end(fs.readFileSync(file));
  };
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function unlock(page, pass) {
  await page.waitForSelector('#carnet-unlock-form:not([hidden])');
  await page.fill('#carnet-passphrase', pass);
  const start = Date.now();
  await page.click('#carnet-unlock-form button');
  return start;
}

// Waits until the decrypted page replaced the unlock page.
async function shown(page) {
  await page.waitForSelector('#carnet-lock', { timeout: 30000 });
}

// Scrolls through the page so lazy photos load, then waits for every photo.
async function allPhotos(page) {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 300) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 20));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => {
    const imgs = Array.from(document.querySelectorAll('main img'));
    return imgs.length > 0 && imgs.every((i) => i.complete && (i.naturalWidth > 0 || i.dataset.carnetError));
  }, null, { timeout: 30000 });
  return page.evaluate(() => Array.from(document.querySelectorAll('main img')).map((i) => ({
    src: i.currentSrc, width: i.naturalWidth, error: !!i.dataset.carnetError,
    srcset: i.getAttribute('srcset') || '', lazy: i.getAttribute('loading') === 'lazy',
  })));
}

async function open(browser, base, pagePath, passes) {
  const timings = [];
  for (const pass of passes) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${base}index.html?p=${encodeURIComponent(pagePath)}`);
    const start = await unlock(page, pass);
    await shown(page);
    const unlocked = Date.now() - start;
    const photos = await page.evaluate(() => document.querySelectorAll('main img').length);
    // The photos the first screen shows, then all of them.
    await page.waitForFunction(() => Array.from(document.querySelectorAll('main img'))
      .filter((i) => i.getBoundingClientRect().top < innerHeight && i.getAttribute('loading') !== 'lazy')
      .every((i) => i.complete && i.naturalWidth > 0), null, { timeout: 30000 });
    const firstScreen = Date.now() - start;
    const imgs = await allPhotos(page);
    const allShown = Date.now() - start;
    const bad = imgs.filter((i) => !i.src.startsWith('blob:') || i.width === 0 || i.error);
    if (bad.length) fail(`photos not shown from blob: URLs: ${JSON.stringify(bad.slice(0, 3))}`);
    if (!imgs.some((i) => i.srcset.includes('blob:') && /\s\d+w/.test(i.srcset))) fail('no photo kept a srcset of widths');
    const webp = await page.evaluate(() => Array.from(document.querySelectorAll('picture source[type="image/webp"]'))
      .every((s) => (s.getAttribute('srcset') || '').startsWith('blob:')));
    if (!webp) fail('a WebP twin was not decrypted');
    console.log(`ok ${photos} photos shown from blob: URLs (srcset kept) with one passphrase`);
    timings.push({ unlock_ms: unlocked, first_screen_ms: firstScreen, all_photos_ms: allShown, photos });

    // The lightbox: the large photo, then the next one.
    const links = await page.$$('a[data-lightbox]');
    if (links.length < 2) fail('the page has no lightbox links');
    await links[0].click();
    await page.waitForSelector('dialog.lightbox[open]');
    await page.waitForFunction(() => {
      const img = document.querySelector('dialog.lightbox img');
      return img && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0;
    }, null, { timeout: 15000 });
    const first = await page.$eval('dialog.lightbox img', (i) => i.src);
    await page.click('dialog.lightbox [data-step="1"]');
    await page.waitForFunction((before) => {
      const img = document.querySelector('dialog.lightbox img');
      return img.src !== before && img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0;
    }, first, { timeout: 15000 });
    await page.keyboard.press('Escape');
    console.log('ok the lightbox shows the large photo and steps to the next');

    // Navigation: another page opens without asking again.
    const before = await page.evaluate(() => document.title);
    const link = await page.$('main a[href^="index.html?p="], header a[href^="index.html?p="], nav a[href^="index.html?p="]');
    if (!link) fail('no link to another page of the site');
    await Promise.all([page.waitForNavigation(), link.click()]);
    await shown(page);
    const after = await page.evaluate(() => document.title);
    if (!after) fail('the next page has no title');
    console.log(`ok a link opens another page without the passphrase (« ${before} » → « ${after} »)`);

    // « Verrouiller » forgets the key.
    await Promise.all([page.waitForNavigation(), page.click('#carnet-lock')]);
    await page.waitForSelector('#carnet-unlock-form:not([hidden])');
    const stored = await page.evaluate(() => sessionStorage.length);
    if (stored !== 0) fail('the key stayed in sessionStorage after « Verrouiller »');
    await page.goto(`${base}index.html?p=${encodeURIComponent(pagePath)}`);
    await page.waitForSelector('#carnet-unlock-form:not([hidden])');
    console.log('ok « Verrouiller » forgets the key: the passphrase is asked again');
    if (errors.length) fail(`script errors: ${errors.join('; ')}`);
    await context.close();
  }
  result.timings = timings;
}

async function refuse(browser, base, passes) {
  for (const pass of passes) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base}index.html`);
    await unlock(page, pass);
    await page.waitForFunction(() => {
      const m = document.getElementById('carnet-message');
      return m && m.classList.contains('error') && m.textContent.length > 0;
    }, null, { timeout: 30000 });
    const text = await page.$eval('#carnet-message', (m) => m.textContent);
    if (await page.$('#carnet-lock')) fail('a refused passphrase opened the site');
    if (!/incorrecte|Wrong passphrase/.test(text)) fail(`unclear refusal: ${text}`);
    console.log(`ok refused with « ${text} »`);
    await context.close();
  }
}

async function tampered(browser, base, pagePath, pass) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}index.html?p=${encodeURIComponent(pagePath)}`);
  await unlock(page, pass);
  const seen = await Promise.race([
    page.waitForSelector('#carnet-lock', { timeout: 30000 }).then(() => 'opened'),
    page.waitForFunction(() => /modifié|changed/.test(document.getElementById('carnet-message')?.textContent || ''),
      null, { timeout: 30000 }).then(() => 'page-error'),
  ]);
  if (seen === 'page-error') {
    result.seen = 'page-error';
    result.message = await page.$eval('#carnet-message', (m) => m.textContent);
  } else {
    await allPhotos(page);
    const banner = await page.$('#carnet-seal-error');
    const broken = await page.evaluate(() => document.querySelectorAll('img[data-carnet-error]').length);
    result.seen = banner && broken > 0 ? 'photo-error' : 'shown';
    if (banner) result.message = await banner.textContent();
  }
  console.log(`ok the reader sees: ${result.seen}${result.message ? ` (« ${result.message} »)` : ''}`);
  await context.close();
}

// The self-signed certificate of the https check (made with openssl for this run).
function certificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=carnet-host.test',
    '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { key: fs.readFileSync(key), cert: fs.readFileSync(cert) };
}

async function opens(browser, url, pass, contextOptions) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  await page.goto(url);
  let outcome;
  if (await page.isVisible('#carnet-unlock-form')) {
    await unlock(page, pass);
    await shown(page);
    outcome = 'opens';
  } else {
    await page.waitForFunction(() => (document.getElementById('carnet-message')?.textContent || '').length > 0);
    outcome = await page.$eval('#carnet-message', (m) => m.textContent);
  }
  await context.close();
  return outcome;
}

async function contexts(browser, port, pagePath, pass, requests) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-sealed-'));
  try {
    const tls = https.createServer(certificate(tmp), handler(requests));
    const tlsPort = await listen(tls);
    const q = `index.html?p=${encodeURIComponent(pagePath)}`;
    result.https = await opens(browser, `https://carnet-host.test:${tlsPort}/${q}`, pass, { ignoreHTTPSErrors: true });
    result.localhost = await opens(browser, `http://localhost:${port}/${q}`, pass);
    result.plain_http = await opens(browser, `http://carnet-host.test:${port}/${q}`, pass);
    result.file = await opens(browser, pathToFileURL(path.join(SITE, 'index.html')).href, pass);
    tls.close();
    for (const [where, seen] of Object.entries({ https: result.https, localhost: result.localhost,
      plain_http: result.plain_http, file: result.file })) {
      console.log(`ok ${where}: ${seen}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const requests = [];
const server = http.createServer(handler(requests));
const port = await listen(server);
const base = `http://127.0.0.1:${port}/`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
try {
  if (command === 'open') await open(browser, base, rest[0], rest.slice(1));
  else if (command === 'refuse') await refuse(browser, base, rest);
  else if (command === 'tampered') await tampered(browser, base, rest[0], rest[1]);
  else if (command === 'contexts') await contexts(browser, port, rest[0], rest[1], requests);
  else { console.error(`unknown command ${command}`); process.exit(2); }
  result.requests = [...new Set(requests)].sort();
} catch (e) {
  fail(String(e && e.stack || e));
} finally {
  await browser.close();
  server.close();
}
console.log(`RESULT ${JSON.stringify(result)}`);
