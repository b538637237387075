#!/usr/bin/env node
// The feed's filters and full-text search in headless Chromium, every page opened from
// disk (file://), with JavaScript on and then off. It only looks and reports: what to
// expect comes from the fixture journal, in tests/it/filters.rs.
//
//   node tests/browser/filters.mjs SITE_DIR PLAN_JSON
//
// PLAN_JSON: { "skill": "rigueur", "kind": "stage", "search": "equipe",
//              "queries": ["?to=2021", ...], "facet_feeds": true,
//              "experience": "<learner>/experiences/<slug>/index.html",
//              "follow_skill": "travail-equipe", "browse_skill": "rigueur",
//              "nojs": true }
// Each step runs only when its key is there; "nojs": false skips the part without
// JavaScript.
//
// With JavaScript (a 1280 px context), on experiences/index.html: the first view; the
// skill chosen in its select; then the kind too; the page reloaded; the URL it shows
// opened in a fresh context (a shared link); the reset button; the search typed key by
// key; reloaded again; for every static page under skills/, tags/, kinds/ and groups/,
// its cards and the feed view its « see in the feed » link (`a[data-facet-feed]`)
// opens; each of `queries` opened as the feed's query string. Each view gives every
// card's key (`all`), the keys of the cards actually shown (`visible`, by
// `checkVisibility()`, so a CSS rule overriding `[hidden]` is seen), the count it
// prints, `location.search` and each control's value. Console errors, uncaught
// exceptions, failed loads and any request that is not file: or data: (recorded, then
// aborted) are listed too.
//
// Without JavaScript: the feed (is the form shown? every card?), its « browse » chips
// and a click on the `browse_skill` one; the experience page's skill, kind and tag links
// and a click on the `follow_skill` one; then every page under skills/, tags/, kinds/
// and groups/ (its cards, its title). Every href, src and srcset of those pages is
// resolved: a local one must be an existing file of SITE_DIR (`broken` otherwise).
//
// Prints a last `RESULT {json}` line; exits 0 when it could look at everything, 2 when
// it could not run. Environment: CHROMIUM_PATH (default /usr/bin/chromium),
// FILTERS_TIMEOUT (a hang guard, seconds, default 1200).

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

const [siteArg, planArg] = process.argv.slice(2);
if (!siteArg || !planArg) {
  console.error('usage: node filters.mjs SITE_DIR PLAN_JSON');
  process.exit(2);
}
const SITE = path.resolve(siteArg);
const plan = JSON.parse(planArg);
const FEED = 'experiences/index.html';
if (!fs.existsSync(path.join(SITE, FEED))) {
  console.error(`filters.mjs: no ${FEED} in ${SITE}`);
  process.exit(2);
}
const watchdog = setTimeout(() => {
  console.error('filters.mjs: FILTERS_TIMEOUT reached');
  process.exit(2);
}, 1000 * (Number(process.env.FILTERS_TIMEOUT) || 1200));
watchdog.unref();

const fileUrl = (rel) => pathToFileURL(path.join(SITE, rel)).href;

/** A file: URL as a site path (`skills/rigueur/index.html?x=1`), or the URL itself. */
function rel(url) {
  try {
    const u = new URL(url);
    if (u.protocol !== 'file:') return url;
    const p = path.relative(SITE, fileURLToPath(u.href.split(/[?#]/)[0]));
    return p.split(path.sep).join('/') + u.search + u.hash;
  } catch {
    return url;
  }
}

const result = {
  js: { console_errors: [], page_errors: [], failed_loads: [], external_requests: [] },
  nojs: { console_errors: [], page_errors: [], failed_loads: [], external_requests: [], broken: [], external_links: [] },
};

/** Records what goes wrong in `ctx`'s pages into `into`, and keeps requests on disk. */
async function watch(ctx, into) {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    into.external_requests.push(url.slice(0, 200));
    return route.abort('blockedbyclient');
  });
  ctx.on('page', (page) => {
    page.on('console', (m) => {
      if (m.type() === 'error') into.console_errors.push(`${rel(page.url())}: ${m.text()}`);
    });
    page.on('pageerror', (e) => into.page_errors.push(`${rel(page.url())}: ${String(e.message).split('\n')[0]}`));
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_BLOCKED_BY_CLIENT') {
        into.failed_loads.push(`${rel(page.url())}: ${rel(r.url())} (${r.failure()?.errorText})`);
      }
    });
  });
}

/** What the feed shows now. */
async function view(page) {
  const v = await page.evaluate(() => {
    const form = document.querySelector('form[data-filters]');
    const cards = [...document.querySelectorAll('[data-feed] .card[data-key]')];
    const values = {};
    const options = {};
    if (form) {
      for (const f of form.querySelectorAll('[data-filter]')) {
        values[f.name] = f.value;
        if (f.tagName === 'SELECT') options[f.name] = [...f.options].map((o) => o.value).filter(Boolean);
      }
    }
    return {
      form_visible: !!form && form.checkVisibility(),
      all: cards.map((c) => c.dataset.key),
      visible: cards.filter((c) => c.checkVisibility()).map((c) => c.dataset.key),
      count: form?.querySelector('[data-filter-count]')?.textContent ?? null,
      search: location.search,
      values,
      options,
    };
  });
  v.page = rel(page.url());
  return v;
}

/** The keys and title of the cards of a static page. */
async function listing(page) {
  const v = await page.evaluate(() => ({
    h1: document.querySelector('h1')?.textContent.trim() ?? null,
    keys: [...document.querySelectorAll('.card[data-key]')].map((c) => c.dataset.key),
    visible: [...document.querySelectorAll('.card[data-key]')].filter((c) => c.checkVisibility()).map((c) => c.dataset.key),
    feed_link: document.querySelector('a[data-facet-feed]')?.getAttribute('href') ?? null,
  }));
  v.page = rel(page.url());
  return v;
}

/** A link's target as a site path, and whether that file exists. */
function target(pageUrl, href) {
  const u = new URL(href, pageUrl);
  if (u.protocol !== 'file:') return { href, target: null, exists: false, external: true };
  const file = fileURLToPath(u.href.split(/[?#]/)[0]);
  const inside = file.startsWith(SITE + path.sep);
  const exists = inside && !!fs.statSync(file, { throwIfNoEntry: false })?.isFile();
  return { href, target: inside ? rel(u.href.split(/[?#]/)[0]) : file, exists, external: false };
}

/** Checks every href, src and srcset of `page`: a local one must be a file of SITE. */
async function audit(page) {
  const urls = await page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('[href], [src], [srcset]')) {
      for (const a of ['href', 'src']) {
        const v = el.getAttribute(a);
        if (v !== null) out.push(v);
      }
      for (const c of (el.getAttribute('srcset') || '').split(',')) {
        const u = c.trim().split(/\s+/)[0];
        if (u) out.push(u);
      }
    }
    return out;
  });
  const here = page.url();
  for (const href of urls) {
    if (/^(data|mailto):/i.test(href)) continue;
    const t = target(here, href);
    if (t.external) result.nojs.external_links.push(`${rel(here)}: ${href}`);
    else if (!t.exists) result.nojs.broken.push(`${rel(here)}: ${href} → ${t.target}`);
  }
}

/** The links of `selector` in `page`, each with its target and whether it exists. */
async function linksOf(page, selector) {
  const here = page.url();
  const links = await page.$$eval(selector, (els) => els.map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent.trim(),
    name: a.dataset.browse ?? null,
  })));
  return links.map((l) => ({ ...l, ...target(here, l.href) }));
}

async function follow(page, selector) {
  const link = page.locator(selector).first();
  if (!(await link.count())) return { page: null, missing: selector };
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), link.click()]);
  return listing(page);
}

function facetPages() {
  const out = [];
  for (const dir of ['skills', 'tags', 'kinds', 'groups']) {
    const abs = path.join(SITE, dir);
    if (!fs.existsSync(abs)) continue;
    for (const value of fs.readdirSync(abs).sort()) {
      if (fs.existsSync(path.join(abs, value, 'index.html'))) out.push(`${dir}/${value}/index.html`);
    }
  }
  return out;
}

const browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
try {
  // ------------------------------------------------------------ with JavaScript
  const js = result.js;
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  ctx.setDefaultTimeout(15000);
  await watch(ctx, js);
  const page = await ctx.newPage();
  await page.goto(fileUrl(FEED), { waitUntil: 'load' });
  js.initial = await view(page);
  if (plan.skill) {
    await page.selectOption('select[data-filter="skill"]', plan.skill);
    js.skill = await view(page);
  }
  if (plan.kind) {
    await page.selectOption('select[data-filter="kind"]', plan.kind);
    js.skill_kind = await view(page);
  }
  if (plan.skill || plan.kind) {
    js.shared_url = rel(page.url());
    await page.reload({ waitUntil: 'load' });
    js.reloaded = await view(page);
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await watch(fresh, js);
    const p = await fresh.newPage();
    await p.goto(page.url(), { waitUntil: 'load' });
    js.shared = await view(p);
    await fresh.close();
    await page.click('form[data-filters] button[type="reset"]');
    await page.waitForTimeout(100);
    js.reset = await view(page);
  }
  if (plan.search) {
    await page.locator('input[data-filter="q"]').pressSequentially(plan.search, { delay: 20 });
    js.searched = await view(page);
    js.search_url = rel(page.url());
    await page.reload({ waitUntil: 'load' });
    js.search_reloaded = await view(page);
  }
  if (plan.facet_feeds) {
    js.facet_feeds = {};
    for (const f of facetPages()) {
      await page.goto(fileUrl(f), { waitUntil: 'load' });
      const facet = await listing(page);
      const followed = await follow(page, 'a[data-facet-feed]');
      js.facet_feeds[f] = { keys: facet.keys, feed: followed.page ? await view(page) : followed };
    }
  }
  js.queries = {};
  for (const q of plan.queries || []) {
    await page.goto(fileUrl(FEED) + q, { waitUntil: 'load' });
    js.queries[q] = await view(page);
  }
  await ctx.close();

  // ------------------------------------------------------------ without JavaScript
  if (plan.nojs !== false) await withoutJs(browser);
} catch (e) {
  console.log(`filters.mjs could not finish: ${String(e.message).split('\n')[0]}`);
  console.log(`RESULT ${JSON.stringify(result)}`);
  await browser.close();
  process.exit(2);
}
await browser.close();
console.log(`RESULT ${JSON.stringify(result)}`);

async function withoutJs(browser) {
  const nojs = result.nojs;
  const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  off.setDefaultTimeout(15000);
  await watch(off, nojs);
  const p = await off.newPage();
  await p.goto(fileUrl(FEED), { waitUntil: 'load' });
  nojs.feed = await view(p);
  await audit(p);
  nojs.feed.browse = await linksOf(p, 'a[data-browse]');
  nojs.feed.card_links = await linksOf(p, '[data-feed] .card a');
  if (plan.browse_skill) {
    await p.click('details.browse > summary');
    nojs.browsed = await follow(p, `a[data-browse="skill"][href$="skills/${plan.browse_skill}/index.html"]`);
  }
  if (plan.experience) {
    await p.goto(fileUrl(plan.experience), { waitUntil: 'load' });
    await audit(p);
    nojs.experience = {
      skill_links: await linksOf(p, 'a.chip-skill'),
      kind_links: await linksOf(p, '.kind a'),
      tag_links: await linksOf(p, '.facts a.p-category'),
    };
    if (plan.follow_skill) {
      nojs.followed = await follow(p, `a.chip-skill[href$="skills/${plan.follow_skill}/index.html"]`);
    }
  }
  nojs.facets = {};
  for (const f of facetPages()) {
    await p.goto(fileUrl(f), { waitUntil: 'load' });
    nojs.facets[f] = await listing(p);
    await audit(p);
  }
  await off.close();
}
