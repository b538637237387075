// The capture form of `carnet serve` in headless Chromium, on a phone-sized
// window: axe-core on the form and on a served page with the audience bar, no
// horizontal overflow at 390 px, a photo chosen (its EXIF date fills the date),
// its alt text, the fields, two skills and a visibility; then the submit must
// land on the new experience's page, and an edit of its file must reload the
// open page by itself (Server-Sent Events).
//
// Usage: node serve.mjs BASE_URL PHOTO SCREENSHOT_DIR JOURNAL
// Prints one line per check; exits 1 on the first failure.

import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const [base, photo, shots, journal] = process.argv.slice(2);
if (!base || !photo || !shots || !journal) {
  console.error('usage: node serve.mjs BASE_URL PHOTO SCREENSHOT_DIR JOURNAL');
  process.exit(2);
}

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

async function axe(page, label) {
  // Once more if a live reload replaced the page meanwhile.
  let result;
  for (let attempt = 1; ; attempt++) {
    try {
      await page.waitForLoadState('load');
      await page.addScriptTag({ path: AXE_PATH });
      result = await page.evaluate(async (tags) => {
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
        return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }, AXE_TAGS);
      break;
    } catch (e) {
      if (attempt >= 3 || !String(e).includes('context was destroyed')) throw e;
    }
  }
  if (result.length) {
    fail(`axe on ${label}:\n  ${result.join('\n  ')}`);
  }
  console.log(`ok: axe finds nothing on ${label}`);
}

async function noOverflow(page, label) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > 390) {
    fail(`${label} is ${width} px wide at 390 px`);
  }
  console.log(`ok: ${label} fits 390 px`);
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--font-render-hinting=none'],
  timeout: 60000,
});
try {
  fs.mkdirSync(shots, { recursive: true });
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'fr-FR' });
  const page = await phone.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));

  await page.goto(`${base}/_carnet/new?learner=ana`);
  if ((await page.locator('h1').innerText()) !== 'Nouvelle expérience') fail('no « Nouvelle expérience » heading');
  const checked = await page.locator('input[name=visibility]:checked').getAttribute('value');
  if (checked !== 'private') fail(`visibility defaults to ${checked}, not private`);
  for (const label of ['Visible par toi seul', 'Toi et ta conseillère Nelly', 'Les membres du groupe Garantie Jeunes', 'Tout le monde sur internet']) {
    if ((await page.getByLabel(label, { exact: true }).count()) !== 1) fail(`no visibility radio labelled « ${label} »`);
  }
  if ((await page.getByLabel('Curiosité', { exact: true }).count()) !== 1) fail('no skill checkbox labelled « Curiosité »');
  await axe(page, 'the form');
  await noOverflow(page, 'the form');

  await page.setInputFiles('#cs-photo1', photo);
  await page.waitForFunction(() => document.getElementById('cs-date').value === '2021-03-30', null, { timeout: 20000 })
    .catch(() => fail('the date was not read from the photo (expected 2021-03-30)'));
  console.log('ok: the date comes from the photo');
  if (!(await page.locator('#cs-alt1').evaluate((e) => e.required))) fail('alt text is not asked for the chosen photo');
  await page.fill('#cs-alt1', 'Un chat tigré sur le comptoir');
  await page.fill('#cs-title', 'Visite de la boulangerie');
  await page.fill('#cs-place', 'Givors');
  await page.selectOption('#cs-kind', 'visite');
  await page.fill('#cs-tags', 'pain, visite');
  await page.fill('#cs-body', 'On a vu le **four** à bois.');
  await page.getByLabel('Curiosité', { exact: true }).check();
  await page.getByLabel('Rigueur', { exact: true }).check();
  await page.getByLabel('Les membres du groupe Garantie Jeunes', { exact: true }).check();
  await page.screenshot({ path: path.join(shots, 'serve-form-visibility-phone.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(shots, 'serve-form-phone.png') });
  await noOverflow(page, 'the filled form');

  await page.click('button.cs-submit');
  await page.waitForURL(/\/private\/ana\/ana\/experiences\/2021-03-30-visite-de-la-boulangerie\//, { timeout: 60000 })
    .catch(async () => fail(`the form did not lead to the new experience but to ${page.url()}:\n${await page.locator('body').innerText()}`));
  const text = await page.locator('main').innerText();
  if (!text.includes('Visite de la boulangerie')) fail(`the new page does not show the experience:\n${text}`);
  if ((await page.locator('.cs-saved').count()) !== 1) fail('no confirmation of what was saved');
  console.log('ok: the new page shows the experience');
  await axe(page, 'a served page with the audience bar');
  await noOverflow(page, 'a served page with the audience bar');

  // Live reload: editing the file reloads the open page by itself.
  const index = path.join(journal, 'learners/ana/experiences/2021-03-30-visite-de-la-boulangerie/index.md');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('Visite de la boulangerie', 'Visite du fournil'));
  await page.waitForFunction(() => document.querySelector('main').innerText.includes('Visite du fournil'), null, { timeout: 30000 })
    .catch(() => fail('the open page did not reload after the edit'));
  console.log('ok: the open page reloaded after the edit');

  // The switcher on a desktop window, for the README.
  const desktop = await browser.newContext({ viewport: { width: 1280, height: 520 }, locale: 'fr-FR' });
  const wide = await desktop.newPage();
  await wide.goto(`${base}/community/gj/ana/`);
  await wide.screenshot({ path: path.join(shots, 'serve-switcher-desktop.png') });
  await wide.goto(`${base}/_carnet/switch?to=public&page=ana/experiences/2021-04-01-entretien/index.html&from=private/ana`);
  if (!(await wide.locator('h1').innerText()).includes('ne voit pas cette page')) fail('no explanation when the audience cannot see the page');
  await axe(wide, 'the explanation of a hidden page');
  if (errors.length) fail(`JavaScript errors: ${errors.join('; ')}`);
  console.log(`ok: screenshots in ${shots}`);
} finally {
  await browser.close();
}
