// The consultant's first screen on a slow phone: Chromium with 4× CPU throttling and a slow-4G network
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: Lighthouse's mobile profile). Measures, against a
// running platform, the compressed bytes of script the screen needs and the time from navigation until
// it is shown: the sign-in form's button, then (signed in) the consultant's standing in the walk-in rotation,
// drawn from the board's answer. "Shown" is when Chromium painted that element (the Element Timing API:
// the screens mark it elementtiming="first-screen"), from the navigation's start; the time until the
// test driver saw it is printed beside it (it adds the driver's own polling, slowed by the throttling too).
//
//   node scripts/first-screen-budget.mjs [gatewayUrl] [username] [password] [runs]
//   WATERFALL=1 node scripts/first-screen-budget.mjs ...   also prints each screen's last load, request by request
//
// Budget (issue 15): ≤ 250 KB of compressed script, shown ≤ 1.5 s.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const [gateway = 'http://localhost:8080', username = 'bj.consultant1', password = 'anchang-demo-2026', runsArg = '5'] =
  process.argv.slice(2);
const runs = Number(runsArg);

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'anchang-budget-')), {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  viewport: { width: 390, height: 844 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});

async function slowPhone(page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let scriptBytes = 0;
  const types = new Map();
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
  cdp.on('Network.loadingFinished', (e) => {
    if (types.get(e.requestId) === 'Script') scriptBytes += e.encodedDataLength;
  });
  return () => scriptBytes;
}

/** When the screen's "first-screen" element was painted, from the navigation's start (Element Timing API). */
function painted(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    setTimeout(() => reject(new Error('no element marked elementtiming="first-screen" was painted')), 10_000);
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntries().find((e) => e.identifier === 'first-screen');
      if (entry) {
        observer.disconnect();
        resolve(entry.renderTime || entry.loadTime);
      }
    }).observe({ type: 'element', buffered: true });
  }));
}

/** The page's load request by request (start → end, ms from the navigation's start), with its paints. */
function waterfall(page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const at = (ms) => ms.toFixed(0).padStart(5);
    return [`  page ${at(nav.responseEnd)}; DOMContentLoaded ${at(nav.domContentLoadedEventEnd)}`,
      ...performance.getEntriesByType('paint').map((p) => `  ${p.name} ${at(p.startTime)}`),
      ...performance.getEntriesByType('resource').map((r) =>
        `  ${at(r.startTime)} → ${at(r.responseEnd)}  ${r.initiatorType.padEnd(6)} ${r.name.replace(location.origin, '')}`)]
      .join('\n');
  });
}

const median = (xs) => xs[Math.floor(xs.length / 2)];

async function measure(label, url, ready) {
  const shown = [];
  const seen = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const scripts = await slowPhone(page);
    const start = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.locator(ready).waitFor({ state: 'visible', timeout: 30_000 });
    seen.push(Date.now() - start);
    shown.push(Math.round(await painted(page)));
    bytes = scripts();
    if (process.env.WATERFALL && i === runs - 1) console.log(await waterfall(page));
    await page.close();
  }
  shown.sort((a, b) => a - b);
  seen.sort((a, b) => a - b);
  console.log(`${label}: script ${(bytes / 1024).toFixed(1)} KB compressed; shown (painted) median ${median(shown)} ms, ` +
    `worst ${shown[shown.length - 1]} ms (${runs} runs: ${shown.join(', ')}); seen by the driver median ${median(seen)} ms ` +
    `(${seen.join(', ')})`);
}

console.log(`load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await measure('sign-in screen', `${gateway}/app/`, "[data-test='sign-in']");

// sign in once (not throttled): the refresh cookie lets the next loads resume the session
const page = await context.newPage();
await page.goto(`${gateway}/app/`);
await page.locator("[data-test='username'] input").fill(username);
await page.locator("[data-test='password'] input").fill(password);
await page.locator("[data-test='sign-in']").click();
await page.locator("[data-test='standing-WALK_IN']").waitFor();
await page.close();

await measure('consultant home (board)', `${gateway}/app/`, "[data-test='standing-WALK_IN']");
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
await context.close();
