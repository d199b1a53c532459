// Home on a cheap phone: Fast 3G (150 ms RTT, 1.6 Mbps down, 750 kbps up) and a 4x slower CPU, cold cache, 375 px.
// Signs up an owner with one business through the API, runs its day once, then opens the app signed in, RUNS times,
// each in a fresh browser context, and prints the median time to the first usable screen (the business's name on
// Home), to today's plan (its status shown), the JavaScript and API bytes on the wire and the API calls made.
// Usage: node e2e/bench-3g.mjs http://localhost:8080 [runs]. Figures go in docs/benchmarks.md; nothing asserts them.
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
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const types = new Map();
  const bytes = { script: 0, api: 0 };
  let apiCalls = 0;
  cdp.on('Network.responseReceived', (e) => {
    types.set(e.requestId, e.type === 'Script' ? 'script' : e.response.url.includes('/api/v1/') ? 'api' : 'other');
    if (e.response.url.includes('/api/v1/')) apiCalls++;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const type = types.get(e.requestId);
    if (type === 'script' || type === 'api') bytes[type] += e.encodedDataLength;
  });
  const start = Date.now();
  await page.goto(baseUrl + '/', { waitUntil: 'commit', timeout: 120_000 });
  await page.getByRole('heading', { level: 1, name: 'Bench Salon' }).waitFor({ timeout: 120_000 });
  const firstScreen = Date.now() - start;
  await page.getByTestId('plan-status').waitFor({ timeout: 120_000 });
  const plan = Date.now() - start;
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  results.push({ firstScreen, plan, scriptKB: bytes.script / 1024, apiKB: bytes.api / 1024, apiCalls });
  console.log(`run ${run + 1}: first screen ${firstScreen} ms, plan ${plan} ms, JS ${(bytes.script / 1024).toFixed(0)} KB, `
    + `API ${(bytes.api / 1024).toFixed(1)} KB in ${apiCalls} calls`);
  await context.close();
}
await browser.close();
const median = (key) => results.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(results.length / 2)];
console.log(`median of ${RUNS}: first screen ${median('firstScreen')} ms, today's plan ${median('plan')} ms, `
  + `JS on the wire ${median('scriptKB').toFixed(0)} KB, API ${median('apiKB').toFixed(1)} KB in ${median('apiCalls')} calls`);
