// What every journey starts with: the service's address and the screenshot directory from the command line, the
// system Chromium (CHROMIUM, default /usr/bin/chromium; never a downloaded browser) and one page that reports the
// app's errors on the console.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const baseUrl = (process.argv[2] ?? 'http://localhost:8080').replace(/\/$/, '');
export const shots = resolve(process.argv[3] ?? 'target/e2e-screenshots');
export const MOBILE = { width: 375, height: 812 };
export const DESKTOP = { width: 1280, height: 900 };

/** Launches Chromium and opens a page at this viewport (Indian English). */
export async function openPage(viewport) {
  mkdirSync(shots, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--headless=new', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport, locale: 'en-IN' });
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
  return { browser, page };
}

// The accessibility check (axe-core from npm, injected into the page): the serious and critical findings of the page
// as it is now, one line each ("rule: what, at which elements").
// (evaluated through the DevTools protocol: the app's content security policy rightly refuses injected script tags)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function accessibilityFindings(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`));
  return violations;
}
