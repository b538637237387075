// A learner's personal link of `carnet serve --lan` in headless Chromium on a 390 px
// phone (issue 22): she opens her card's address, the audience bar fits the screen,
// she captures an experience with a photo through the form, sees it on her private
// site, switches to her group's view with the bar, and tries to reach other carnets
// by typing their addresses.
//
// The browser reaches the server at a LAN-looking host name mapped to loopback
// (`--host-resolver-rules`), as a phone reaches the adviser's laptop: the `Host` is
// not a loopback name, so the server does not take the browser for its owner, and
// plain http on that name is not a secure context (no Fetch Metadata is sent), as on
// a real Wi-Fi.
//
// Usage: node workshop.mjs PORT TOKEN PHOTO SCREENSHOT_DIR PLAN_JSON
//   PORT            the port `carnet serve --lan` listens on
//   TOKEN           the learner's link token (the `k=` of her card's address)
//   PHOTO           a JPEG to upload
//   SCREENSHOT_DIR  where `serve-switcher.png` (the bar at 390 px) goes
//   PLAN_JSON       {"title": new experience's title, "group": "community/gj",
//                    "refused": [paths to type], "canaries": [texts of others]}
// Prints one line per step, then `RESULT {json}` with what it saw and measured;
// exits 0 when it could look at everything (the Rust test judges), 1 when a step
// could not be done, 2 when it could not run.

import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HOST = 'atelier.lan';
const [port, token, photo, shots, planJson] = process.argv.slice(2);
if (!port || !token || !photo || !shots || !planJson) {
  console.error('usage: node workshop.mjs PORT TOKEN PHOTO SCREENSHOT_DIR PLAN_JSON');
  process.exit(2);
}
const plan = JSON.parse(planJson);
const base = `http://${HOST}:${port}`;

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

// The audience bar and the page, measured: widths, and where the switch control is.
async function measureBar(page) {
  return page.evaluate(() => {
    const bar = document.querySelector('.cs-bar');
    const select = document.getElementById('cs-audience');
    if (!bar || !select) return null;
    const r = select.getBoundingClientRect();
    const label = document.querySelector('label[for=cs-audience]').getBoundingClientRect();
    return {
      bar_scroll_width: bar.scrollWidth,
      bar_client_width: bar.clientWidth,
      page_scroll_width: document.documentElement.scrollWidth,
      select_left: r.left,
      select_right: r.right,
      select_width: r.width,
      label_right: label.right,
      text: bar.innerText,
      viewport: window.innerWidth,
      options: [...select.options].map((o) => ({ value: o.value, label: o.label })),
    };
  });
}

// What a refusal looks like: status, text, and whether its style is applied (the
// computed styles differ from Chromium's defaults: a serif body at 8 px margins).
async function visit(page, target) {
  const response = await page.goto(base + target);
  const style = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { font: body.fontFamily, margin: body.margin };
  });
  return {
    status: response ? response.status() : 0,
    url: page.url(),
    heading: await page.locator('h1').first().innerText().catch(() => ''),
    text: await page.locator('body').innerText(),
    style,
  };
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none',
    `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
  ],
  timeout: 60000,
});
const result = { errors: [], requests_refused: [] };
try {
  fs.mkdirSync(shots, { recursive: true });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'fr-FR' });
  const page = await phone.newPage();
  page.on('pageerror', (e) => result.errors.push(String(e)));
  page.on('response', (r) => {
    if (r.status() === 403 && r.request().resourceType() !== 'document') result.requests_refused.push(r.url());
  });
  const sent = [];
  page.on('request', (r) => sent.push(r.headers()));

  // Her card's address.
  const opened = await page.goto(`${base}/?k=${token}`);
  result.opened = { status: opened.status(), url: page.url() };
  result.secure_context = await page.evaluate(() => window.isSecureContext);
  result.fetch_metadata_sent = sent.some((h) => 'sec-fetch-site' in h);
  console.log(`ok: her link opens ${page.url()}`);
  result.home_bar = await measureBar(page);
  result.home_text = await page.locator('body').innerText();
  if (!result.home_bar) fail('no audience bar on her home');
  await page.locator('.cs-bar').screenshot({ path: path.join(shots, 'serve-switcher.png') });
  await page.screenshot({ path: path.join(shots, 'serve-link-phone.png') });
  console.log(`ok: bar measured (${result.home_bar.bar_scroll_width} px of ${result.home_bar.viewport})`);

  // A new experience with a photo, through the form.
  await page.click('a.cs-new');
  await page.waitForSelector('#cs-title');
  result.form_learners = await page.locator('input[name=learner], select[name=learner] option').evaluateAll(
    (els) => els.map((e) => e.value));
  result.form_scroll_width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setInputFiles('#cs-photo1', photo);
  await page.fill('#cs-alt1', 'Une étagère en bois');
  await page.fill('#cs-title', plan.title);
  await page.waitForFunction(() => document.getElementById('cs-date').value !== '', null, { timeout: 30000 })
    .catch(() => fail('the date was not read from the photo'));
  await page.fill('#cs-body', `Ce que j'ai fait : ${plan.title}.`);
  await page.check('#cs-vis-private');
  await page.click('button.cs-submit');
  await page.waitForURL((u) => !u.pathname.startsWith('/_carnet/'), { timeout: 120000 })
    .catch(async () => fail(`the form did not lead to the new experience but to ${page.url()}:\n${await page.locator('body').innerText()}`));
  await page.waitForLoadState('load');
  result.saved = {
    url: page.url(),
    text: await page.locator('main').innerText(),
    banner: await page.locator('.cs-saved').innerText().catch(() => ''),
    // Each photo scrolled into view (they load lazily), then measured.
    photos: await page.locator('main img').evaluateAll(async (imgs) => {
      for (const img of imgs) {
        img.scrollIntoView();
        await img.decode().catch(() => {});
      }
      return imgs.map((i) => ({ src: i.currentSrc, width: i.naturalWidth }));
    }),
  };
  result.saved_bar = await measureBar(page);
  console.log(`ok: saved, now at ${page.url()}`);

  // Her private site lists it.
  await page.goto(`${base}/private/ana/experiences/`);
  result.private_list = await page.locator('main').innerText();

  // « As my group sees it », through the bar (the select submits on change).
  await page.goto(result.saved.url);
  await Promise.all([
    page.waitForURL((u) => u.pathname.startsWith(`/${plan.group}/`) || u.pathname.startsWith('/_carnet/switch'), { timeout: 60000 }),
    page.selectOption('#cs-audience', plan.group),
  ]);
  await page.waitForLoadState('load');
  result.switched = { url: page.url(), text: await page.locator('body').innerText() };
  console.log(`ok: switched to ${page.url()}`);
  // Her private item is not in the group's view: the page explains it, and leads
  // to the group's home.
  if (!new URL(page.url()).pathname.startsWith(`/${plan.group}/`)) {
    await Promise.all([
      page.waitForURL((u) => u.pathname === `/${plan.group}/`, { timeout: 60000 }),
      page.click(`main a[href="/${plan.group}/"]`),
    ]);
  }
  result.group_home = { url: page.url(), bar: await measureBar(page) };
  let group = '';
  for (const p of ['', 'ana/', 'ana/experiences/', 'experiences/']) {
    const r = await page.goto(`${base}/${plan.group}/${p}`);
    if (r.status() === 200) group += await page.locator('body').innerText();
  }
  const index = await page.goto(`${base}/${plan.group}/search-index.js`);
  group += await index.text();
  result.group_text = group;

  // Other carnets, by typing their addresses.
  result.refused = {};
  for (const target of plan.refused) {
    result.refused[target] = await visit(page, target);
  }
  result.refusal_links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  await page.screenshot({ path: path.join(shots, 'serve-refusal-phone.png') });
  console.log('ok: typed addresses visited');
  // The browser's own defaults, to compare the refusal's style with.
  await page.setContent('<!DOCTYPE html><html><body><h1>x</h1></body></html>');
  result.default_style = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return { font: body.fontFamily, margin: body.margin };
  });
} finally {
  await browser.close();
}
console.log(`RESULT ${JSON.stringify(result)}`);
