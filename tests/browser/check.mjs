#!/usr/bin/env node
// carnet's browser quality gate.
//
//   node tests/browser/check.mjs SITES_DIR SCREENSHOT_DIR
//
// SITES_DIR is what `carnet build --out SITES_DIR` wrote (public/, community/<g>/,
// referent/<r>/, private/<l>/). Every page is opened from disk (file://) in headless
// Chromium; see README.md for the list of checks. Prints every failure, grouped, then
// a summary line, and exits 1 when anything failed (2 when the checker itself could
// not run).
//
// What runs where (see README.md, « Why a sample is enough »): the cheap checks (vnu,
// requests leaving the site, missing files, script errors, img alt, photo-link names,
// 390 px overflow and the layout rules) on every page; the full axe-core run and the
// print check on a sample: one page of each kind of each site, plus one page per
// distinct set of elements axe has rules for (photos, tables, forms, headings...).
// BROWSER_FULL=1 runs axe and print on every page instead.
//
// Environment: CHROMIUM_PATH (default /usr/bin/chromium), JAVA (default java),
// BROWSER_JOBS (pages checked at once, default 3), BROWSER_FULL (axe and print on every
// page), CHECK_TIMEOUT (seconds, default 1200: a hang guard only, far beyond a slow
// run), BROWSER_REPORT (optional path: also write every finding there as JSON).

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_VERSION = require('axe-core/package.json').version;
const VNU_JAR = String(require('vnu-jar'));
const VNU_VERSION = require('vnu-jar/package.json').version;
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const JAVA = process.env.JAVA || 'java';
const JOBS = Math.max(1, Number(process.env.BROWSER_JOBS) || 3);
// A guard against a hang, not a time limit: a correct build on a loaded machine must
// never fail for being slow (the slowest normal run seen was under 300 s).
const TIMEOUT_S = Number(process.env.CHECK_TIMEOUT) || 1200;
const FULL = process.env.BROWSER_FULL === '1';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const MAX_PORTRAIT_PAGES = 2;
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--font-render-hinting=none',
];
const SCREENSHOTS = [
  { file: 'portrait', page: 'public/ines/index.html' },
  { file: 'story', page: 'public/ines/stories/de-belles-rencontres/index.html' },
];
const IMAGE_EXT = /\.(jpe?g|png|webp|avif|gif)$/i;

// ---------------------------------------------------------------- arguments

const [sitesArg, shotsArg] = process.argv.slice(2);
if (!sitesArg || !shotsArg) {
  console.error('usage: node check.mjs SITES_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const SITES = path.resolve(sitesArg);
const SHOTS = path.resolve(shotsArg);
if (!fs.statSync(SITES, { throwIfNoEntry: false })?.isDirectory()) {
  console.error(`check.mjs: ${SITES} is not a folder`);
  process.exit(2);
}
fs.mkdirSync(SHOTS, { recursive: true });

const started = Date.now();
let currentStep = 'start';
const watchdog = setTimeout(() => {
  console.error(`check.mjs: hang guard: still running after ${TIMEOUT_S} s (CHECK_TIMEOUT), during: ${currentStep}`);
  process.exit(2);
}, TIMEOUT_S * 1000);
watchdog.unref();

// ---------------------------------------------------------------- findings

/** Every failure: { check, key (for grouping), detail, page } */
const failures = [];
const notes = [];
const fail = (check, key, detail, page = '') => failures.push({ check, key, detail, page });
const stats = {
  pages: 0, vnuErrors: 0, axeViolations: 0, axeNodes: 0, axeIncomplete: 0, external: 0,
  overflow: 0, print: [], phonePages: 0, brokenFiles: 0, jsErrors: 0, axePages: 0,
};

// ---------------------------------------------------------------- pages

function walk(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else if (ent.isFile() && ent.name.endsWith('.html')) out.push(p);
  }
  return out;
}

const rel = (abs) => path.relative(SITES, abs).split(path.sep).join('/');

/** public | community/<g> | referent/<r> | private/<l>, from a path under SITES. */
function siteOf(r) {
  const s = r.split('/');
  if (['community', 'referent', 'private'].includes(s[0]) && s.length > 2) return `${s[0]}/${s[1]}`;
  return s.length > 1 ? s[0] : '.';
}

/** Page kind: from the theme's root article (`<article class="portrait|story|experience ...">`),
 * else from carnet's URL layout (home, the visibility page, facet pages of skills, tags,
 * kinds and groups, talents, professionals); the output folder's own index.html (which
 * says which folder to publish) is no site's home. */
function kindOf(site, inSite, html) {
  const m = /<article\b[^>]*\bclass="(portrait|story|experience)\b/.exec(html);
  if (m) return m[1];
  if (site === '.') return 'output-root';
  if (inSite === 'index.html') return 'home';
  const first = inSite.split('/')[0];
  if (['visibility', 'talents', 'pros', 'accessibilite', 'accessibility'].includes(first)) return first;
  if (['skills', 'tags', 'kinds', 'groups'].includes(first)) return inSite.split('/').length > 2 ? `facet-${first}` : `facets-${first}`;
  return 'other';
}

/** Elements that axe-core has rules of their own for (names, labels, structure, order),
 * as found in a page's text: two pages of one kind of one site with the same set differ
 * only in words, and axe's rules give them the same verdicts but for colour contrast,
 * which the theme's colours per site decide. */
const AXE_FEATURES = ['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'table', 'form', 'input',
  'select', 'textarea', 'button', 'dialog', 'details', 'blockquote', 'figure', 'ol', 'ul', 'dl',
  'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'a'];

function featuresOf(html) {
  return AXE_FEATURES.filter((tag) => new RegExp(`<${tag}[\\s>]`, 'i').test(html)).join(' ');
}

const pages = walk(SITES).sort().map((abs) => {
  const r = rel(abs);
  const site = siteOf(r);
  const inSite = site === '.' ? r : r.slice(site.length + 1);
  const html = fs.readFileSync(abs, 'utf8');
  return { abs, rel: r, site, kind: kindOf(site, inSite, html), features: featuresOf(html), url: pathToFileURL(abs).href };
});
stats.pages = pages.length;
if (!pages.length) {
  console.error(`check.mjs: no .html file under ${SITES}`);
  process.exit(2);
}
for (const k of ['portrait', 'story', 'experience', 'accessibilite']) {
  if (!pages.some((p) => p.site === 'public' && p.kind === k)) {
    fail('layout', `no public ${k} page`, `no ${k} page found in public/ (did the theme rename <article class="${k}">? update kindOf() in check.mjs)`);
  }
}
const isPublic = (p) => p.site === 'public';
const isPortraitOrStory = (p) => p.kind === 'portrait' || p.kind === 'story';

/** The pages axe and the print check open: the first page (in path order) of each
 * (site, kind, element set); every page with BROWSER_FULL=1. */
function sampleOf(list) {
  if (FULL) return list;
  const seen = new Set();
  return list.filter((p) => {
    const key = `${p.site}|${p.kind}|${p.features}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
const sample = sampleOf(pages);

// ---------------------------------------------------------------- vnu

function runVnu(files) {
  return new Promise((resolve) => {
    const args = ['-Xss8m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--skip-non-html', ...files];
    const child = spawn(JAVA, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('error', (e) => resolve({ fatal: `cannot run ${JAVA}: ${e.message}` }));
    child.on('close', (code) => {
      const text = (err.trim() || out.trim());
      try {
        resolve({ code, messages: JSON.parse(text).messages || [] });
      } catch {
        resolve({ fatal: `vnu exited ${code} without JSON output:\n${(out + err).slice(0, 2000)}` });
      }
    });
  });
}

async function checkVnu() {
  const t = Date.now();
  let res;
  try {
    res = await runVnu(pages.map((p) => p.abs));
  } catch (e) {
    res = { fatal: String(e) };
  }
  stats.vnuSeconds = (Date.now() - t) / 1000;
  if (res.fatal) {
    fail('vnu', 'vnu did not run', res.fatal);
    return;
  }
  for (const m of res.messages) {
    if (m.type !== 'error' && m.type !== 'non-document-error') continue;
    stats.vnuErrors++;
    let file = m.url || '';
    try { file = rel(fileURLToPath(file)); } catch { /* keep as is */ }
    const line = m.lastLine ?? m.firstLine ?? '?';
    const col = m.firstColumn ?? m.lastColumn ?? '?';
    const extract = m.extract ? `  [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
    fail('vnu', m.message, `${file}:${line}:${col}${extract}`, file);
  }
}

// ---------------------------------------------------------------- browser helpers

async function pool(items, n, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** Runs `fn(page, item)` over `items` on `n` tabs of `ctx`, each tab reused from one
 * page to the next (a new tab per page costs more than the cheap checks themselves).
 * Uncaught script errors are reported against the page the tab shows. */
async function onTabs(ctx, items, n, label, fn) {
  let next = 0;
  const worker = async () => {
    const tab = await ctx.newPage();
    let current = null;
    tab.on('pageerror', (e) => {
      stats.jsErrors++;
      fail('js-error', `uncaught script error: ${String(e.message).split('\n')[0]}`, `${label}: ${current?.rel}`, current?.rel);
    });
    try {
      while (next < items.length) {
        const item = items[next++];
        current = item;
        try {
          await tab.goto(item.url, { waitUntil: 'load' });
          await fn(tab, item);
        } catch (e) {
          fail('checker', `check crashed on a page: ${String(e.message).split('\n')[0]}`, item.rel, item.rel);
        }
      }
    } finally {
      await tab.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

/** A context that records (and aborts) every request that would leave the site. With
 * JavaScript on, axe-core is read from node_modules into every page before its own
 * scripts run (cheaper than an addScriptTag per page). */
async function newContext(browser, label, options, { axe = true } = {}) {
  const ctx = await browser.newContext({ reducedMotion: 'reduce', ...options });
  if (axe && options.javaScriptEnabled !== false) await ctx.addInitScript({ path: AXE_PATH });
  ctx.setDefaultTimeout(20000);
  const offsite = (u) => !/^(file|data):/i.test(u);
  ctx.on('request', (req) => {
    const u = req.url();
    if (!offsite(u)) return;
    let from = '';
    try { from = rel(fileURLToPath(req.frame().url())); } catch { /* worker or detached */ }
    stats.external++;
    fail('network', `request leaves the site: ${u.slice(0, 150)}`, `${label}: ${from || '?'}`, from);
  });
  ctx.on('requestfailed', (req) => {
    const u = req.url();
    const why = req.failure()?.errorText || '';
    if (!u.startsWith('file:') || !/FILE_NOT_FOUND|ACCESS_DENIED/.test(why)) return;
    let from = '';
    try { from = rel(fileURLToPath(req.frame().url())); } catch { /* detached */ }
    let target = u;
    try { target = rel(fileURLToPath(u)); } catch { /* keep */ }
    stats.brokenFiles++;
    fail('missing-file', `missing local file ${target}`, `${label}: ${from || '?'} (${why})`, from);
  });
  await ctx.route((url) => offsite(url.href), (route) => route.abort('blockedbyclient'));
  return ctx;
}

/** Open a page, collecting uncaught script errors. */
async function open(ctx, p, label) {
  const page = await ctx.newPage();
  page.on('pageerror', (e) => {
    stats.jsErrors++;
    fail('js-error', `uncaught script error: ${String(e.message).split('\n')[0]}`, `${label}: ${p.rel}`, p.rel);
  });
  await page.goto(p.url, { waitUntil: 'load' });
  return page;
}

/** Make lazy images eager, scroll through the page and wait until every image is done.
 * Driven from Node (no requestAnimationFrame, timers or listeners in the page), so that it
 * also works in the context where the page's JavaScript is disabled. */
async function loadAllImages(page) {
  await page.evaluate(() => { for (const img of document.querySelectorAll('img[loading="lazy"]')) img.loading = 'eager'; });
  const { height, step } = await page.evaluate(() => ({
    height: document.documentElement.scrollHeight, step: Math.max(200, window.innerHeight - 100),
  }));
  for (let y = 0; y < height; y += step) {
    await page.evaluate((yy) => window.scrollTo(0, yy), y);
    await page.waitForTimeout(30);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const pending = await page.evaluate(() => [...document.images].filter((i) => !i.complete).length);
    if (!pending) break;
    await page.waitForTimeout(50);
  }
}

// Runs in the page: a short, readable CSS path for an element.
const CSS_PATH = `(el) => {
  const parts = [];
  while (el && el.nodeType === 1 && parts.length < 5) {
    let s = el.localName;
    if (el.id) { parts.unshift(s + '#' + CSS.escape(el.id)); break; }
    const cls = [...el.classList].slice(0, 2).map((c) => '.' + CSS.escape(c)).join('');
    s += cls;
    const parent = el.parentElement;
    if (parent) {
      const same = [...parent.children].filter((c) => c.localName === el.localName);
      if (same.length > 1) s += ':nth-of-type(' + (same.indexOf(el) + 1) + ')';
    }
    parts.unshift(s);
    el = parent;
  }
  return parts.join(' > ');
}`;

// Runs in the page: the page's scroll width and the outermost boxes that stick out.
const OVERFLOW = `(() => {
  const cssPath = ${CSS_PATH};
  const w = document.documentElement.clientWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.right <= w + 0.5) continue;
    const pr = el.parentElement && el.parentElement.getBoundingClientRect();
    if (pr && pr.right > w + 0.5) continue; // report the outermost overflowing box only
    culprits.push(cssPath(el) + ' (right edge ' + Math.round(r.right) + 'px)');
  }
  return { scrollWidth: document.documentElement.scrollWidth, culprits: culprits.slice(0, 6) };
})()`;

// Runs in the page (argument: the page kind): the layout faults a newcomer saw,
// each as { key, detail }. Sizes in CSS px at the current viewport.
const LAYOUT = `(kind) => {
  const cssPath = ${CSS_PATH};
  const found = [];
  const bad = (key, detail) => found.push({ key, detail });
  const px = (n) => Math.round(n) + ' px';
  const shown = (el) => { const r = el.getBoundingClientRect(); const st = getComputedStyle(el); return r.width > 0 && r.height > 0 && st.visibility !== 'hidden'; };
  /** Lines the text of el is laid out on (its text nodes' line boxes). */
  const lines = (el) => {
    const tops = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) {
        if (r.width > 0 && !tops.some((t) => Math.abs(t - r.top) < 3)) tops.push(r.top);
      }
    }
    return tops.length;
  };
  const header = document.querySelector('.site-header');
  const headerBottom = header ? header.getBoundingClientRect().bottom : 0;

  // A page title must not sit tight under the header.
  const h1 = document.querySelector('main h1');
  if (h1 && shown(h1) && h1.getBoundingClientRect().top - headerBottom < 16) {
    bad('h1 tight under the header (less than 16 px)', px(h1.getBoundingClientRect().top - headerBottom));
  }
  // Cards: the title right under the photo; a badge on one line.
  for (const card of document.querySelectorAll('.card')) {
    const thumb = card.querySelector('.card-thumb');
    const title = card.querySelector('.card-title');
    if (thumb && title && shown(card)) {
      const gap = title.getBoundingClientRect().top - thumb.getBoundingClientRect().bottom;
      if (gap > 20) bad('empty band between a card photo and its title (over 20 px)', cssPath(title) + ': ' + px(gap));
    }
  }
  for (const badge of document.querySelectorAll('.card > .badge, .timeline-item > .badge')) {
    if (shown(badge) && lines(badge) > 1) bad('a visibility badge wraps in a card', cssPath(badge) + ': « ' + badge.textContent.trim() + ' » on ' + lines(badge) + ' lines');
  }
  // Feed filters: the reset button as tall as the selects, on their line.
  const filters = document.querySelector('.filters');
  if (filters && shown(filters)) {
    const button = filters.querySelector('button').getBoundingClientRect();
    for (const select of filters.querySelectorAll('select')) {
      const r = select.getBoundingClientRect();
      if (Math.abs(r.height - button.height) > 1) bad('the reset button and the selects differ in height', px(button.height) + ' and ' + px(r.height));
      const sameRow = r.top < button.bottom && button.top < r.bottom;
      if (sameRow && (Math.abs(r.top - button.top) > 1 || Math.abs(r.bottom - button.bottom) > 1)) {
        bad('the reset button is not aligned with the selects', 'button ' + px(button.top) + '–' + px(button.bottom) + ', select ' + px(r.top) + '–' + px(r.bottom));
      }
    }
  }
  if (kind === 'home') {
    // The site title once, and the learners within the first screen of a phone.
    const title = (document.querySelector('.brand') || {}).textContent?.trim();
    const copies = [...document.body.querySelectorAll('*')].filter((el) => el.children.length === 0 && el.textContent.trim() === title && shown(el));
    if (copies.length !== 1) bad('the home page shows the site title ' + copies.length + ' times', copies.map(cssPath).join('; '));
    const first = document.querySelector('.learner-card');
    if (first && window.innerWidth <= 400 && first.getBoundingClientRect().top > 290) {
      bad('on a phone, the first learner card starts below 290 px', px(first.getBoundingClientRect().top));
    }
    for (const h of document.querySelectorAll('.learner-headline')) {
      if (lines(h) > 2) bad('a learner card so narrow its headline wraps to more than two lines', cssPath(h) + ': ' + lines(h) + ' lines, card ' + px(h.closest('.learner-card').getBoundingClientRect().width) + ' wide');
    }
  }
  if (kind === 'story') {
    // The cover at the top, when the story has a photo at all.
    const cover = document.querySelector('.story-cover img');
    const photos = document.querySelectorAll('.chapters img, .story-grid img');
    const firstChapter = document.querySelector('.chapters, .story-grid');
    if (photos.length && !cover) bad('a story with photos has no cover at the top', '');
    if (cover && firstChapter && (firstChapter.compareDocumentPosition(cover) & Node.DOCUMENT_POSITION_FOLLOWING)) bad('the story cover comes after its experiences', '');
    if (cover && cover.getBoundingClientRect().top > window.innerHeight) bad('the story cover is not on the first screen', px(cover.getBoundingClientRect().top));
    // Every experience's text whole: no excerpt, no clamp, no ellipsis.
    for (const ch of document.querySelectorAll('.chapter')) {
      const text = ch.querySelector('.chapter-text');
      const name = ch.querySelector('h2')?.textContent.trim();
      if (!text || !text.textContent.trim()) { bad('a story chapter without its text', name); continue; }
      if (/(…|\\.\\.\\.)\\s*$/.test(text.textContent)) bad('a story text ends on an ellipsis (an excerpt)', name + ': « …' + text.textContent.trim().slice(-40) + ' »');
      for (const el of [text, ...text.querySelectorAll('*')]) {
        const st = getComputedStyle(el);
        const clamp = st.webkitLineClamp || st.getPropertyValue('-webkit-line-clamp');
        if ((clamp && clamp !== 'none') || (st.textOverflow === 'ellipsis' && st.overflow !== 'visible') || el.scrollHeight > el.clientHeight + 1 && st.overflowY === 'hidden') {
          bad('a story text is cut by CSS', name + ': ' + cssPath(el));
          break;
        }
      }
    }
  }
  if (kind === 'portrait') {
    // Each « N preuves » beside its bar, and all of them lined up.
    const rights = [];
    for (const row of document.querySelectorAll('.skill-row')) {
      const bar = row.querySelector('.skill-bar').getBoundingClientRect();
      const count = row.querySelector('.skill-count').getBoundingClientRect();
      const middle = (count.top + count.bottom) / 2;
      if (middle < bar.top || middle > bar.bottom) bad('a skill count is not beside its bar', row.querySelector('.skill-label').textContent.trim() + ': count middle ' + px(middle) + ', bar ' + px(bar.top) + '–' + px(bar.bottom));
      rights.push(Math.round(count.right));
    }
    if (new Set(rights).size > 1) bad('the skill counts do not line up', 'right edges ' + [...new Set(rights)].join(', ') + ' px');
  }
  return found;
}`;

async function checkLayout(page, p, label) {
  for (const f of await page.evaluate(`(${LAYOUT})(${JSON.stringify(p.kind)})`)) {
    fail('layout', f.key, `${label}: ${p.rel}${f.detail ? ` — ${f.detail}` : ''}`, p.rel);
  }
}

async function runAxe(page, context = null, disabled = []) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  return page.evaluate(async ({ tags, context, disabled }) => {
    const r = await window.axe.run(context || document, {
      runOnly: { type: 'tag', values: tags },
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
      resultTypes: ['violations', 'incomplete'],
    });
    const slim = (list) => list.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({
        target: n.target.join(' '),
        html: (n.html || '').replace(/\s+/g, ' ').trim().slice(0, 140),
        summary: (n.failureSummary || '').replace(/\s+/g, ' ').trim(),
      })),
    }));
    return { violations: slim(r.violations), incomplete: slim(r.incomplete) };
  }, { tags: AXE_TAGS, context, disabled });
}

function recordAxe(result, p, label) {
  for (const v of result.violations) {
    stats.axeViolations++;
    for (const n of v.nodes) {
      stats.axeNodes++;
      fail('axe', `${v.id} (${v.impact}): ${v.help}`,
        `${label}: ${p.rel}\n        at ${n.target}   ${n.html}\n        ${n.summary.slice(0, 300)}`, p.rel);
    }
  }
  for (const v of result.incomplete) {
    for (const n of v.nodes) {
      stats.axeIncomplete++;
      notes.push({ key: `axe needs review: ${v.id} ${n.target}`, detail: `${label}: ${p.rel}` });
    }
  }
}

// ---------------------------------------------------------------- per-page checks

/** The checks every page gets, at 390 px, on a tab reused from page to page: no
 * sideways scrolling, the layout rules, every img with an alt attribute and every photo
 * link with a name (requests leaving the site, missing files and script errors are
 * recorded by the context and the tab). A photo link's name is what assistive
 * technology reads there: its aria-label, else its text and its images' alt text. */
async function everyPage(page, p) {
  stats.phonePages++;
  const o = await page.evaluate(OVERFLOW);
  if (o.scrollWidth > PHONE.width) {
    stats.overflow++;
    fail('overflow', `horizontal scrolling at 390 px: scrollWidth ${o.scrollWidth}`,
      `${p.rel}\n      overflowing: ${o.culprits.join('; ') || '(none found)'}`, p.rel);
  }
  await checkLayout(page, p, '390');
  const dom = await page.evaluate(`(() => {
    const cssPath = ${CSS_PATH};
    const named = (a) => (a.getAttribute('aria-label') || '').trim()
      || (a.getAttribute('aria-labelledby') || '').split(/\\s+/).some((id) => document.getElementById(id)?.textContent.trim())
      || a.textContent.trim() || [...a.querySelectorAll('img[alt]')].some((i) => i.alt.trim());
    return {
      noAlt: [...document.querySelectorAll('img:not([alt])')].map(cssPath),
      unnamed: [...document.querySelectorAll('a[data-lightbox]')].filter((a) => !named(a)).map(cssPath),
    };
  })()`);
  for (const sel of dom.noAlt) fail('img-alt', `img without alt attribute: ${sel}`, p.rel, p.rel);
  for (const sel of dom.unnamed) fail('photo-link-name', `photo link without accessible name: ${sel}`, p.rel, p.rel);
}

/** axe-core on the sample's portraits and stories at 390 px. */
async function phoneAxe(page, p) {
  recordAxe(await runAxe(page), p, '390');
}

/** The sample's checks at 1280 px: axe-core in full, and the layout rules. */
async function desktopPage(page, p) {
  stats.axePages++;
  recordAxe(await runAxe(page), p, '1280');
  await checkLayout(page, p, '1280');
}

async function noJsPage(ctx, p) {
  const page = await open(ctx, p, 'no-js');
  try {
    await loadAllImages(page);
    const photos = await page.evaluate(`(() => {
      const cssPath = ${CSS_PATH};
      return [...document.querySelectorAll('a[data-lightbox]')].map((a) => {
        const img = a.querySelector('img');
        const r = img ? img.getBoundingClientRect() : null;
        const st = img ? getComputedStyle(img) : null;
        return {
          sel: cssPath(a),
          href: a.getAttribute('href'),
          abs: a.href,
          hasImg: !!img,
          visible: !!img && r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && st.display !== 'none' && Number(st.opacity) > 0,
          loaded: !!img && img.complete && img.naturalWidth > 0,
          lightboxDialog: !!document.querySelector('dialog.lightbox'),
        };
      });
    })()`);
    return photos.map((ph) => {
      const problems = [];
      if (!ph.hasImg) problems.push('no img inside the link');
      else if (!ph.visible) problems.push('photo not visible');
      else if (!ph.loaded) problems.push('photo did not load');
      let target = '';
      try {
        target = fileURLToPath(ph.abs);
      } catch {
        problems.push(`href is not a local file: ${ph.href}`);
      }
      if (target) {
        const st = fs.statSync(target, { throwIfNoEntry: false });
        if (!st || !st.isFile() || st.size === 0) problems.push(`href points at no file: ${ph.href}`);
        else if (!IMAGE_EXT.test(target)) problems.push(`href is not an image file: ${ph.href}`);
      }
      for (const pr of problems) fail('no-js', `without JavaScript: ${pr}`, `${p.rel}: ${ph.sel}`, p.rel);
      return ph;
    });
  } finally {
    await page.close();
  }
}

async function lightbox(ctx, p) {
  const label = `lightbox (${p.rel})`;
  const bad = (what) => fail('lightbox', what, p.rel, p.rel);
  const page = await open(ctx, p, 'lightbox');
  try {
    const links = page.locator('a[data-lightbox]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const first = links.first();
    const isOpen = () => page.evaluate(() => !!document.querySelector('dialog.lightbox')?.open);
    const src = () => page.evaluate(() => document.querySelector('dialog.lightbox img')?.getAttribute('src') ?? null);
    await first.scrollIntoViewIfNeeded();
    await first.click();
    try {
      await page.waitForSelector('dialog.lightbox[open]', { timeout: 15000 });
    } catch {
      bad('clicking the first photo link opens no dialog.lightbox[open]');
      return;
    }
    const src1 = await src();
    if (src1 !== hrefs[0]) bad(`open lightbox shows ${src1}, expected the link's href ${hrefs[0]}`);
    if (!(await page.evaluate(() => document.querySelector('dialog.lightbox').contains(document.activeElement)))) {
      bad('focus is not inside the open lightbox');
    }
    await page.waitForFunction(() => { const i = document.querySelector('dialog.lightbox img'); return i && i.complete && i.naturalWidth > 0; }, null, { timeout: 5000 })
      .catch(() => bad(`lightbox image ${src1} did not load`));
    // axe on the open dialog too (its buttons, its image). Not color-contrast: axe does
    // not see the dark ::backdrop behind a transparent modal dialog and compares the
    // caption with the page underneath, a false failure.
    recordAxe(await runAxe(page, 'dialog.lightbox', ['color-contrast']), p, 'lightbox open');
    // Its words are the site's language's, from the catalogue (through the page).
    const words = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      label: document.querySelector('dialog.lightbox').getAttribute('aria-label'),
      buttons: [...document.querySelectorAll('dialog.lightbox button')].map((b) => b.textContent),
    }));
    const expected = words.lang === 'en'
      ? { label: 'Photo viewer', buttons: ['← Previous', 'Close', 'Next →'] }
      : { label: 'Visionneuse de photos', buttons: ['← Précédente', 'Fermer', 'Suivante →'] };
    if (words.label !== expected.label || JSON.stringify(words.buttons) !== JSON.stringify(expected.buttons)) {
      bad(`the lightbox says ${JSON.stringify(words)}, expected ${JSON.stringify(expected)}`);
    }
    await page.keyboard.press('ArrowRight');
    const src2 = await src();
    if (!src2 || src2 === src1) bad(`ArrowRight did not change the image (src stays ${src1})`);
    else if (src2 !== hrefs[1]) bad(`ArrowRight shows ${src2}, expected the second photo ${hrefs[1]}`);
    await page.keyboard.press('ArrowLeft');
    if ((await src()) !== src1) bad('ArrowLeft does not go back to the first photo');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('dialog.lightbox')?.open, null, { timeout: 15000 })
      .catch(() => bad('Escape does not close the lightbox'));
    if (!(await page.evaluate(() => document.activeElement === document.querySelector('a[data-lightbox]')))) {
      bad('after Escape, focus does not return to the photo link that opened the lightbox');
    }
    // Keyboard only: Enter on the focused link opens it again, the close button closes it.
    await first.focus();
    await page.keyboard.press('Enter');
    if (!(await page.waitForSelector('dialog.lightbox[open]', { timeout: 15000 }).then(() => true, () => false))) {
      bad('Enter on a focused photo link opens no lightbox');
    } else {
      await page.keyboard.press('Escape');
      if (await isOpen()) bad('second Escape does not close the lightbox');
    }
    notes.push({ key: `${label}: ${hrefs.length} photos`, detail: '' });
  } finally {
    await page.close();
  }
}

/** Count the pages of a PDF: /Type /Page objects, cross-checked with the /Pages /Count. */
function pdfPageCount(buf) {
  const s = buf.toString('latin1');
  const objects = (s.match(/\/Type\s*\/Page(?![a-zA-Z])/g) || []).length;
  const counts = [...s.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)]
    .map((m) => Number(m[1] ?? m[2]));
  const root = counts.length ? Math.max(...counts) : null;
  return { pages: objects, root };
}

async function printPage(ctx, p) {
  const page = await open(ctx, p, 'print');
  try {
    await loadAllImages(page);
    await page.emulateMedia({ media: 'print' });
    const header = await page.evaluate(() => {
      const h = document.querySelector('.site-header');
      return h ? getComputedStyle(h).display : null;
    });
    if (header === null) fail('print', 'no .site-header element on the page', p.rel, p.rel);
    else if (header !== 'none') fail('print', `.site-header is not hidden in print (display: ${header})`, p.rel, p.rel);
    // Horizontal overflow on paper: lay the page out at the width of an A4 page less
    // the @page side margins (what Chromium prints into) and look for wider content.
    const paperWidth = await page.evaluate(() => {
      const px = (v) => {
        const m = /^([\d.]+)(mm|cm|in|px|pt)?$/.exec((v || '').trim());
        if (!m) return 0;
        return Number(m[1]) * ({ mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pt: 96 / 72, px: 1 }[m[2] || 'px']);
      };
      let left = 0;
      let right = 0;
      for (const sheet of document.styleSheets) {
        let rules = [];
        try { rules = [...sheet.cssRules]; } catch { /* unreadable sheet */ }
        for (const r of rules) {
          if (r instanceof CSSPageRule && !r.selectorText) {
            left = px(r.style.marginLeft) || left;
            right = px(r.style.marginRight) || right;
          }
        }
      }
      return Math.floor(210 * 96 / 25.4 - left - right);
    });
    await page.setViewportSize({ width: paperWidth, height: 1123 });
    const wide = await page.evaluate(OVERFLOW);
    if (wide.scrollWidth > paperWidth) {
      fail('print', `content wider than the A4 printable width (${paperWidth} px)`,
        `${p.rel}: ${wide.scrollWidth} px; overflowing: ${wide.culprits.join('; ')}`, p.rel);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const { pages: n, root } = pdfPageCount(pdf);
    if (root !== null && root !== n) notes.push({ key: `pdf page count: ${n} /Page objects but /Count ${root}`, detail: p.rel });
    stats.print.push({ page: p.rel, kind: p.kind, pages: n });
    if (p.kind === 'portrait' && n > MAX_PORTRAIT_PAGES) {
      fail('print', `portrait prints on more than ${MAX_PORTRAIT_PAGES} A4 pages`, `${p.rel}: ${n} pages`, p.rel);
    }
  } finally {
    await page.close();
  }
}

async function screenshot(ctx, rp, file) {
  const p = pages.find((x) => x.rel === rp);
  if (!p) {
    fail('screenshot', `page for ${file} not found`, rp, rp);
    return;
  }
  const page = await open(ctx, p, 'screenshot');
  try {
    await loadAllImages(page);
    const broken = await page.evaluate(() => [...document.images]
      .filter((i) => (i.getAttribute('src') || i.getAttribute('srcset')) && (!i.complete || i.naturalWidth === 0))
      .map((i) => i.getAttribute('src')));
    for (const b of broken) fail('screenshot', `image not loaded for screenshot: ${b}`, `${file}: ${rp}`, rp);
    await page.screenshot({ path: path.join(SHOTS, file), fullPage: true, animations: 'disabled', caret: 'hide' });
  } finally {
    await page.close();
  }
}

// ---------------------------------------------------------------- main

async function main() {
  const vnu = checkVnu();
  let browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, timeout: 60000 });
  } catch (e) {
    console.error(`check.mjs: cannot start ${CHROMIUM}: ${e.message}`);
    process.exit(2);
  }
  const desktop = await newContext(browser, '1280', { viewport: DESKTOP });
  const phone = await newContext(browser, '390', { viewport: PHONE, isMobile: true, hasTouch: true });
  const cheap = await newContext(browser, '390', { viewport: PHONE, isMobile: true, hasTouch: true }, { axe: false });
  const noJs = await newContext(browser, 'no-js', { viewport: DESKTOP, javaScriptEnabled: false });

  const step = async (name, fn) => {
    const t = Date.now();
    currentStep = name;
    try {
      await fn();
    } catch (e) {
      fail('checker', `${name} crashed`, String(e.stack || e).split('\n').slice(0, 4).join('\n      '));
    }
    console.log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  const each = (list, fn) => pool(list, JOBS, async (p) => {
    try {
      await fn(p);
    } catch (e) {
      fail('checker', `check crashed on a page: ${String(e.message).split('\n')[0]}`, p.rel, p.rel);
    }
  });

  const kinds = {};
  for (const p of pages) kinds[p.kind] = (kinds[p.kind] || 0) + 1;
  console.log(`browser: checking ${pages.length} pages under ${SITES}: ${Object.entries(kinds).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(`browser: (Chromium ${browser.version()}, axe-core ${AXE_VERSION}, ${JOBS} at once)`);
  console.log(`browser: axe and print on ${FULL ? 'every page (BROWSER_FULL=1)' : `a sample of ${sample.length} pages: one per site, kind and set of elements axe has rules for`}`);
  await step(`overflow, layout, alt, photo-link names at 390 px (${pages.length} pages)`, () => onTabs(cheap, pages, JOBS, '390', everyPage));
  await step(`axe + layout at 1280 px (${sample.length} sampled pages)`, () => onTabs(desktop, sample, JOBS, '1280', desktopPage));
  const phoneSample = sample.filter(isPortraitOrStory);
  await step(`axe at 390 px (${phoneSample.length} sampled portraits and stories)`, () => onTabs(phone, phoneSample, JOBS, '390', phoneAxe));

  const experiences = pages.filter((p) => isPublic(p) && p.kind === 'experience');
  const photoCounts = new Map();
  await step(`photos without JavaScript (${experiences.length} public experience pages)`, () => each(experiences, async (p) => {
    photoCounts.set(p, (await noJsPage(noJs, p)).length);
  }));
  const withPhotos = experiences.filter((p) => photoCounts.get(p) > 0);
  if (experiences.length && !withPhotos.length) fail('no-js', 'no public experience page shows a photo without JavaScript', '');

  const several = [...withPhotos].sort((a, b) => photoCounts.get(b) - photoCounts.get(a))[0];
  if (!several || photoCounts.get(several) < 2) fail('lightbox', 'no public experience page with several photos to test the lightbox on', '');
  else await step(`lightbox keyboard test (${several.rel})`, () => lightbox(desktop, several));

  // What people print: every public portrait (the two-page rule depends on its
  // length), and the sample's portraits and stories of every site; plus one page of
  // every other kind, for the print stylesheet (the same on every site).
  const otherKinds = new Set();
  const printed = pages.filter((p) => {
    if ((isPublic(p) && p.kind === 'portrait') || (sample.includes(p) && isPortraitOrStory(p))) return true;
    if (FULL || (isPublic(p) && !isPortraitOrStory(p) && !otherKinds.has(p.kind))) {
      otherKinds.add(p.kind);
      return true;
    }
    return false;
  });
  await step(`print to A4 PDF (${printed.length} pages)`, () => each(printed, (p) => printPage(desktop, p)));

  await step('screenshots', async () => {
    for (const s of SCREENSHOTS) {
      await screenshot(desktop, s.page, `${s.file}-desktop.png`);
      await screenshot(phone, s.page, `${s.file}-phone.png`);
    }
  });

  await browser.close();
  currentStep = 'vnu';
  await vnu;
  console.log(`  vnu ${VNU_VERSION} on ${pages.length} pages (alongside the browser): ${(stats.vnuSeconds ?? 0).toFixed(1)} s`);
}

function report() {
  const order = ['checker', 'layout', 'vnu', 'axe', 'network', 'missing-file', 'js-error', 'overflow', 'img-alt', 'photo-link-name', 'no-js', 'lightbox', 'print', 'screenshot'];
  const byCheck = new Map();
  for (const f of failures) {
    if (!byCheck.has(f.check)) byCheck.set(f.check, new Map());
    const g = byCheck.get(f.check);
    if (!g.has(f.key)) g.set(f.key, []);
    g.get(f.key).push(f.detail);
  }
  const checks = [...byCheck.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  for (const c of checks) {
    const groups = byCheck.get(c);
    const n = [...groups.values()].reduce((s, l) => s + l.length, 0);
    console.log(`\nFAIL ${c}: ${n} finding(s), ${groups.size} distinct`);
    for (const [key, details] of groups) {
      const distinct = [...new Set(details)].filter(Boolean);
      console.log(`  - ${key}${details.length > 1 ? `  (x${details.length})` : ''}`);
      for (const d of distinct) console.log(`      ${d}`);
    }
  }
  if (stats.print.length) {
    console.log('\nprint (A4 pages):');
    for (const pr of stats.print.sort((a, b) => a.page.localeCompare(b.page))) {
      const flag = pr.kind === 'portrait' && pr.pages > MAX_PORTRAIT_PAGES ? `  > ${MAX_PORTRAIT_PAGES}: FAIL` : '';
      console.log(`  ${String(pr.pages).padStart(3)}  ${pr.page}${flag}`);
    }
  }
  const review = new Map();
  for (const nt of notes) review.set(nt.key, [...(review.get(nt.key) || []), nt.detail]);
  if (review.size) {
    console.log('\nnotes (not failures):');
    for (const [k, d] of review) console.log(`  - ${k}${d.filter(Boolean).length > 1 ? ` (x${d.length})` : d[0] ? `: ${d[0]}` : ''}`);
  }
  if (process.env.BROWSER_REPORT) {
    fs.writeFileSync(process.env.BROWSER_REPORT, JSON.stringify({ stats, failures, notes }, null, 2));
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const maxPortrait = Math.max(0, ...stats.print.filter((x) => x.kind === 'portrait').map((x) => x.pages));
  console.log(`\nbrowser: ${stats.pages} pages (${stats.phonePages} at 390 px, ${stats.axePages} with axe at 1280 px), ${stats.vnuErrors} vnu errors, `
    + `${stats.axeViolations} axe violations (${stats.axeNodes} nodes), ${stats.external} external requests, `
    + `${stats.brokenFiles} missing files, ${stats.jsErrors} script errors, ${stats.overflow} pages scrolling sideways at 390 px, `
    + `${stats.print.length} pages printed (public portrait max ${maxPortrait} A4 pages), `
    + `${failures.length} failures in ${secs} s`);
  console.log(failures.length ? 'browser checks FAILED' : 'browser checks passed');
}

try {
  await main();
} catch (e) {
  fail('checker', 'check.mjs crashed', String(e.stack || e));
}
report();
process.exitCode = failures.length ? 1 : 0;
