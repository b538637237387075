#!/usr/bin/env node
// Untrusted text in a real browser: every page of SITES_DIR (a build of a journal whose
// every learner string is an XSS payload, see tests/it/xss.rs) is opened from disk in
// headless Chromium with JavaScript on, and must
//   - raise no dialog (alert, confirm, prompt, print, beforeunload),
//   - make no request other than to files of its own site (file: URLs under its site
//     folder); each request is recorded, then aborted,
//   - set none of the marks the payloads try to set (window.__xss, document.title),
//   - hold no element with an event-handler attribute (on*) and no link, frame, form or
//     image pointing at a javascript:, vbscript: or data: URL, once its scripts have run.
// Each page is also focused element by element (Tab) and hovered, so that payloads
// waiting for focus or a mouse get their chance.
//
//   node tests/browser/xss.mjs SITES_DIR
//
// Prints every finding, then one summary line; exits 1 on any finding, 2 when it could
// not run. Environment: CHROMIUM_PATH (default /usr/bin/chromium), BROWSER_JOBS (3).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const JOBS = Math.max(1, Number(process.env.BROWSER_JOBS) || 3);
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const [sitesArg] = process.argv.slice(2);
if (!sitesArg) {
  console.error('usage: node xss.mjs SITES_DIR');
  process.exit(2);
}
const SITES = path.resolve(sitesArg);

function walk(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (ent.isFile() && ent.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** The site folder holding a page: SITES/public, SITES/community/<g>, ... */
function siteOf(abs) {
  const parts = path.relative(SITES, abs).split(path.sep);
  const depth = ['community', 'referent', 'private'].includes(parts[0]) ? 2 : 1;
  return path.join(SITES, ...parts.slice(0, depth));
}

const pages = walk(SITES).sort();
if (!pages.length) {
  console.error(`xss.mjs: no .html file under ${SITES}`);
  process.exit(2);
}

const findings = [];
const finding = (page, what) => findings.push(`${path.relative(SITES, page)}: ${what}`);
let requests = 0;

async function check(browser, abs) {
  const site = pathToFileURL(siteOf(abs)).href + '/';
  const ctx = await browser.newContext();
  ctx.setDefaultTimeout(15000);
  const own = pathToFileURL(abs).href;
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    requests++;
    if (url === own || url.startsWith(site)) return route.continue();
    finding(abs, `request outside its site: ${url.slice(0, 160)}`);
    return route.abort('blockedbyclient');
  });
  const page = await ctx.newPage();
  page.on('dialog', async (d) => {
    finding(abs, `a ${d.type()} dialog opened: ${d.message().slice(0, 80)}`);
    await d.dismiss().catch(() => {});
  });
  page.on('popup', (p) => finding(abs, `a popup opened: ${p.url()}`));
  await page.goto(pathToFileURL(abs).href, { waitUntil: 'load' });
  // Give timers, focus and hover payloads their chance.
  for (let i = 0; i < 40; i++) await page.keyboard.press('Tab');
  const boxes = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .slice(0, 150)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0 && r.top < 4000)
    .map((r) => [r.left + r.width / 2, r.top + r.height / 2]));
  for (const [x, y] of boxes) await page.mouse.move(x, y);
  await page.waitForTimeout(200);
  if (!page.url().startsWith(own)) finding(abs, `the page navigated to ${page.url()}`);
  const marks = await page.evaluate(() => {
    const bad = [];
    if (window.__xss) bad.push(`window.__xss = ${window.__xss}`);
    if (/xss/i.test(document.title) && /pwned/i.test(document.title)) bad.push(`document.title = ${document.title}`);
    const dangerous = /^\s*(javascript|vbscript|data):/i;
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'srcset'].includes(a.name)
          && dangerous.test(a.value)) bad.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'base', 'applet'].includes(el.localName)
        || (el.localName === 'form' && el.hasAttribute('action'))
        || (el.localName === 'meta' && el.hasAttribute('http-equiv'))) {
        bad.push(`<${el.localName}> element`);
      }
    }
    for (const s of document.scripts) {
      const src = s.getAttribute('src');
      const ok = (src && (/static\/carnet\.js$/.test(src) || /^(\.\.\/)*search-index\.js$/.test(src)))
        || s.type === 'application/ld+json';
      if (!ok) bad.push(`<script> element: ${(src || s.textContent).slice(0, 60)}`);
    }
    return bad;
  });
  for (const m of marks) finding(abs, m);
  await ctx.close();
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
let next = 0;
await Promise.all(Array.from({ length: Math.min(JOBS, pages.length) }, async () => {
  while (next < pages.length) {
    const abs = pages[next++];
    try {
      await check(browser, abs);
    } catch (e) {
      finding(abs, `could not check: ${String(e.message).split('\n')[0]}`);
    }
  }
}));
await browser.close();

for (const f of findings) console.log(f);
console.log(`xss: ${pages.length} pages, ${requests} requests, ${findings.length} findings`);
process.exit(findings.length ? 1 : 0);
