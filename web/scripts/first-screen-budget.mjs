// The consultant's first screen on a slow phone: Chromium with 4× CPU throttling and a slow-4G network
// (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up: Lighthouse's mobile profile). Measures, against a
// running platform, the compressed bytes of script the screen needs and the time from navigation until
// it can be used: the sign-in form, then (signed in) the board with the check-in button.
//
//   node scripts/first-screen-budget.mjs [gatewayUrl] [username] [password] [runs]
//
// Budget (issue 15): ≤ 250 KB of compressed script, shown ≤ 1.5 s.
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

async function measure(label, url, ready) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    const scripts = await slowPhone(page);
    const start = Date.now();
    await page.goto(url);
    await page.locator(ready).waitFor({ state: 'visible', timeout: 30_000 });
    times.push(Date.now() - start);
    bytes = scripts();
    await page.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: script ${(bytes / 1024).toFixed(1)} KB compressed; shown in ` +
    `median ${times[Math.floor(times.length / 2)]} ms, worst ${times[times.length - 1]} ms (${runs} runs: ${times.join(', ')})`);
}

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
await context.close();
