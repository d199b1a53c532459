// Home on a cheap phone: Fast 3G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4x slower CPU, cold cache, 375 px.
// Signs up an owner with one business through the API, runs its day once, then opens the app signed in, RUNS times,
// each in a fresh browser context, and prints the median time to the first usable screen (the business's name on
// Home), to today's plan (its status shown), the JavaScript and API bytes on the wire and the API calls made.
// Usage: node e2e/bench-3g.mjs http://localhost:8080 [runs]. Figures go in docs/benchmarks.md; nothing asserts them.
// WATERFALL=1 also prints, for the last run, each request (when it started and finished, its bytes on the wire) and
// the first paint, which is what the time to the first screen is made of.
import { chromium } from 'playwright-core';

const baseUrl = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
const RUNS = Number(process.argv[3] ?? 5);
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

async function call(path, body, token) {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

const email = `bench-${Date.now()}@example.in`;
const tokens = await call('/auth/signup', { accountName: 'Bench Salon', ownerName: 'Asha', email, password: 'correct horse battery' });
const business = await call('/businesses', { name: 'Bench Salon', category: 'salon', city: 'Kolkata', country: 'IN',
  latitude: 22.5535, longitude: 88.3525 }, tokens.accessToken);
await call(`/businesses/${business.id}/daily-plan/run`, {}, tokens.accessToken);
for (let i = 0; i < 120; i++) { // the run is queued: wait (at most a minute) for it to finish
  const plan = await call(`/businesses/${business.id}/daily-plan`, undefined, tokens.accessToken);
  if (plan.status !== 'NOT_STARTED' && plan.status !== 'RUNNING') break;
  await new Promise((r) => setTimeout(r, 500));
}
const session = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, userId: tokens.userId,
  tenantId: tokens.tenantId, role: tokens.role, permissions: tokens.permissions };

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--headless=new', '--disable-dev-shm-usage'] });
const results = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'en-IN', serviceWorkers: 'block' });
  await context.addInitScript((s) => localStorage.setItem('vlos.session', s), JSON.stringify(session));
  if (process.env.WATERFALL) await context.addInitScript(watchInPage);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const types = new Map();
  const bytes = { script: 0, api: 0 };
  let apiCalls = 0;
  const waterfall = new Map();
  cdp.on('Network.requestWillBeSent', (e) => waterfall.set(e.requestId, { url: e.request.url, sent: e.timestamp }));
  cdp.on('Network.loadingFailed', (e) => waterfall.delete(e.requestId));
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type === 'Script' ? 'script' : e.response.url.includes('/api/v1/') ? 'api' : 'other');
    if (e.response.url.includes('/api/v1/')) apiCalls++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId);
    if (type === 'script' || type === 'api') bytes[type] += e.encodedDataLength;
    const request = waterfall.get(e.requestId);
    if (request) Object.assign(request, { done: e.timestamp, bytes: e.encodedDataLength });
  });
  const start = Date.now();
  await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: 120_000 });
  await page.getByRole('heading', { level: 1, name: 'Bench Salon' }).waitFor({ timeout: 120_000 });
  const firstScreen = Date.now() - start;
  await page.getByTestId('plan-status').waitFor({ timeout: 120_000 });
  const plan = Date.now() - start;
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  if (process.env.WATERFALL && run === RUNS - 1) await printWaterfall(page, waterfall, firstScreen, plan);
  results.push({ firstScreen, plan, scriptKB: bytes.script / 1024, apiKB: bytes.api / 1024, apiCalls });
  console.log(`run ${run + 1}: first screen ${firstScreen} ms, plan ${plan} ms, JS ${(bytes.script / 1024).toFixed(0)} KB, `
    + `API ${(bytes.api / 1024).toFixed(1)} KB in ${apiCalls} calls`);
  await context.close();
}
await browser.close();
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${RUNS}: first screen ${median('firstScreen')} ms, today's plan ${median('plan')} ms, `
  + `JS on the wire ${median('scriptKB').toFixed(0)} KB, API ${median('apiKB').toFixed(1)} KB in ${median('apiCalls')} calls`);

/** Each request of the run from the page's start (ms), and the first paint. */
async function printWaterfall(page, waterfall, firstScreen, plan) {
  const requests = [...waterfall.values()].filter((r) => r.done).sort((a, b) => a.sent - b.sent);
  const zero = requests[0]?.sent ?? 0;
  for (const r of requests) {
    const path = new URL(r.url).pathname;
    console.log(`  ${String(Math.round((r.sent - zero) * 1000)).padStart(5)} -> ${String(Math.round((r.done - zero) * 1000)).padStart(5)} ms`
      + `  ${(r.bytes / 1024).toFixed(1).padStart(6)} KB  ${path}`);
  }
  const seen = await page.evaluate(() => window.__benchSeen);
  const paints = await page.evaluate(() => performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)} ms`));
  console.log(`  ${paints.join(', ')}; in the page: heading ${seen.heading} ms, plan ${seen.plan} ms; `
    + `tasks over 50 ms: ${seen.longTasks.join(', ')}; first screen ${firstScreen} ms, plan ${plan} ms (from goto)`);
}

/** In the page: when the heading and the plan's status first appear, and the long tasks (ms since navigation). */
function watchInPage() {
  const seen = { heading: null, plan: null, longTasks: [] };
  window.__benchSeen = seen;
  new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.longTasks.push(
    `${Math.round(e.startTime)}+${Math.round(e.duration)}`))).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (seen.heading === null && document.querySelector('main h1')) seen.heading = Math.round(performance.now());
    if (seen.plan === null && document.querySelector('[data-testid=plan-status]')) seen.plan = Math.round(performance.now());
  }).observe(document, { childList: true, subtree: true });
}
