// Measures how long a site's feed page takes to become searchable on a phone:
// Chromium at 390x844 with 4x CPU throttling opens experiences/index.html from
// file:// (search-index.js included), then a word is typed and the time until the
// count of results changes is taken. Prints the index's bytes and medians of RUNS.
//
// usage (from the project): node scripts/search-phone.mjs SITE_FOLDER [RUNS]
//   e.g. node scripts/search-phone.mjs /tmp/carnet-bench/out-medium/referent/referent-1 5
// needs: npm ci --prefix tests/browser (playwright-core), Debian's chromium
// (CHROMIUM_PATH, default /usr/bin/chromium).
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(new URL('../tests/browser/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const site = resolve(process.argv[2] || '.');
const runs = Number(process.argv[3] || 5);
const page = join(site, 'experiences', 'index.html');
const bytes = statSync(join(site, 'search-index.js')).size;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const ready = [];
const bare = [];
const answer = [];
async function phone() {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return { context, tab };
}
for (let i = 0; i < runs; i++) {
  // The same page without its index: what the page itself costs.
  {
    const { context, tab } = await phone();
    await tab.route('**/search-index.js', (route) => route.abort());
    await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
    bare.push(await tab.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd));
    await context.close();
  }
  const { context, tab } = await phone();
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  // Navigation start → the filters are shown (carnet.js ran with the index parsed).
  ready.push(await tab.evaluate(() => {
    const form = document.querySelector('form[data-filters]');
    if (!form || form.hidden) throw new Error('the filters did not appear');
    return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;
  }));
  const before = await tab.textContent('[data-filter-count]');
  const start = Date.now();
  await tab.fill('#filter-q', 'atelier coiffure');
  await tab.waitForFunction((b) => document.querySelector('[data-filter-count]').textContent !== b, before);
  answer.push(Date.now() - start);
  await context.close();
}
await browser.close();
const median = (a) => [...a].sort((x, y) => x - y)[Math.floor((a.length - 1) / 2)];
console.log(`${site}: search-index.js ${(bytes / 1e3).toFixed(0)} kB; ` +
  `searchable after ${median(ready).toFixed(0)} ms (median of ${runs}, 390 px, CPU 4x slower), ` +
  `first answer ${median(answer)} ms after typing; the page without its index: ${median(bare).toFixed(0)} ms`);
