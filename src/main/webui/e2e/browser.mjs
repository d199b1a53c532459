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

// Tap targets: every visible button, link, form control and summary of the page that is smaller than 44 x 44 CSS px
// (WCAG 2.5.5), one line each ("button "Run now" 80x36"). A checkbox or radio counts with its label when the label
// wraps it (a tap on the label ticks it); a link inside a sentence is exempt, as WCAG allows.
export const TAP_TARGET_PX = 44;

export async function smallTapTargets(page) {
  return page.evaluate((min) => {
    const small = [];
    const controls = document.querySelectorAll('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])');
    for (const element of controls) {
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || element.closest('[aria-hidden="true"], [inert]')) continue;
      let box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // not shown (or visually hidden until focused, as the skip link)
      const label = element.matches('input[type="checkbox"], input[type="radio"]') ? element.closest('label') : null;
      if (label) box = label.getBoundingClientRect();
      if (element.matches('a') && style.display === 'inline') {
        const block = element.parentElement;
        const around = block ? block.textContent.replace(element.textContent, '').trim() : '';
        if (around.length > 0) continue; // a link in a sentence
      }
      if (box.width + 0.5 < min || box.height + 0.5 < min) {
        const name = (element.getAttribute('aria-label') || element.textContent || element.getAttribute('name')
          || element.getAttribute('type') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
        small.push(`${element.tagName.toLowerCase()} "${name}" ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
    }
    return [...new Set(small)];
  }, TAP_TARGET_PX);
}
