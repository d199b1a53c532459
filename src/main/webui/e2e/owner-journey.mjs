// The owner's first day, in a real browser against a running service:
// sign up → onboarding (business, a sandbox Facebook Page, run time) → Home → Run now → the plan shows
// SIMULATED tasks → the sandbox outbox shows the post that would have been sent → in Hindi, the Instagram post
// handed to the owner is done with its checklist →
// next week's posts generated, one edited, approved and moved to half a minute from now → a visitor sends the public
// lead form → the lead and the automatic first reply (sandbox) in its thread, and a reply by hand on SMS → reviews and referrals → insights,
// competitors, budget plan → lead follow-ups, an own date, an appointment booked, review settings, budget goals and
// results, a sale → the approved post in the
// sandbox outbox with its text → settings → offline: Home from the service worker's copy, said in plain words.
//
//   node src/main/webui/e2e/owner-journey.mjs http://localhost:8080 [screenshot dir]
//
// Uses the system Chromium (CHROMIUM, default /usr/bin/chromium); never downloads a browser.
// Exit code 0 when the journey works; 1 with the reason (and a screenshot of the page) when it does not.
import { baseUrl, shots, MOBILE, DESKTOP, openPage, accessibilityFindings, smallTapTargets, TAP_TARGET_PX } from './browser.mjs';

const { browser, page } = await openPage(MOBILE);

// Each step prints when it started (seconds since the journey began); the end prints how long each step took and
// how much of it went into screenshots, so a slow journey shows where its time goes.
const started = performance.now();
const seconds = (ms) => (ms / 1000).toFixed(1).padStart(6);
const timings = [];
let shotMs = 0;
const step = (what) => {
  const now = performance.now();
  if (timings.length) timings.at(-1).ms = now - timings.at(-1).at;
  timings.push({ what, at: now, ms: 0, shotMs: 0 });
  console.log(`[${seconds(now - started)} s] - ${what}`);
};
const report = () => {
  const now = performance.now();
  if (timings.length) timings.at(-1).ms = now - timings.at(-1).at;
  console.log(`Step timings (s, of which screenshots), ${seconds(now - started).trim()} s in all:`);
  for (const t of timings) console.log(`${seconds(t.ms)} ${seconds(t.shotMs)}  ${t.what}`);
};
// Two animation frames: a resize's layout and the re-render it causes (the charts measure their box) are painted.
const painted = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
const shoot = async (name, viewport) => {
  const begun = performance.now();
  const current = page.viewportSize();
  if (current?.width !== viewport.width || current?.height !== viewport.height) await page.setViewportSize(viewport);
  await page.waitForLoadState('networkidle');
  await painted();
  await page.screenshot({ path: `${shots}/${name}-${viewport.width}.png`, fullPage: true });
  if (viewport === MOBILE) {
    checkedScreens.push(name);
    for (const finding of await accessibilityFindings(page)) a11y.push(`${name}: ${finding}`);
    for (const target of await smallTapTargets(page)) a11y.push(`${name}: tap target under ${TAP_TARGET_PX} px: ${target}`);
  }
  if (timings.length) timings.at(-1).shotMs += performance.now() - begun;
};
// axe-core's serious and critical findings, and tap targets under 44 x 44 px, on every screen the journey shows on a
// phone: the journey fails on any
const a11y = [];
const checkedScreens = [];
const reportAccessibility = () => {
  console.log(`Accessibility on ${checkedScreens.length} phone screens (${checkedScreens.join(', ')}), axe-core's serious or `
    + `critical findings and tap targets under ${TAP_TARGET_PX} px: ${a11y.length}`);
  for (const finding of a11y) console.log(`  ${finding}`);
  if (a11y.length) throw new Error(`${a11y.length} accessibility findings (serious or critical, or small tap targets)`);
};
// For what appears after background work: waits up to `everyMs` for it, reloads the page and waits again, until it
// is there (returns at once) or `forMs` have passed (the caller's next check then fails with the page shown).
const reloadUntilVisible = async (locator, { everyMs, forMs }) => {
  const deadline = Date.now() + forMs;
  for (;;) {
    try {
      await locator.waitFor({ timeout: everyMs });
      return;
    } catch {
      if (Date.now() > deadline) return;
    }
    await page.reload();
  }
};

try {
  step('sign up');
  await page.goto(`${baseUrl}/signup`);
  await shoot('signup', MOBILE);
  const email = `owner-${Date.now()}@journey.test`;
  await page.getByLabel('Business or brand name').fill('Asha Beauty Studio');
  await page.getByLabel('Your name').fill('Asha Sen');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/onboarding');

  step('onboarding: business');
  await page.getByLabel('Business name').fill('Asha Beauty Studio Salt Lake');
  await page.getByLabel('Kind of business').selectOption('salon');
  await page.getByLabel('City').fill('Kolkata');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  step('onboarding: a sandbox Facebook Page');
  await page.getByText('Sandbox: nothing is really sent').first().waitFor();
  await page.getByLabel('Platform').selectOption('FACEBOOK_PAGE');
  await page.getByLabel('Facebook Page ID').fill('1029384756');
  await page.getByLabel('Access token').fill('sandbox-page-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('list', { name: 'Connected channels' }).getByText('Facebook Page').waitFor();
  step('onboarding: a sandbox WhatsApp number (for the first reply to leads)');
  await page.getByLabel('Platform').selectOption('WHATSAPP');
  await page.getByLabel('WhatsApp phone number ID').fill('109876543210');
  await page.getByLabel('Access token').fill('sandbox-whatsapp-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('list', { name: 'Connected channels' }).getByText('WhatsApp').waitFor();
  step('onboarding: a sandbox Instagram account (no photos yet: the day hands its post to the owner)');
  await page.getByLabel('Platform').selectOption('INSTAGRAM');
  await page.getByLabel('Instagram account ID').fill('17841400000001');
  await page.getByLabel('Access token').fill('sandbox-instagram-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('list', { name: 'Connected channels' }).getByText('Instagram').waitFor();
  step('onboarding: a sandbox SMS number (for replies by hand)');
  await page.getByLabel('Platform').selectOption('SMS_TWILIO');
  await page.getByLabel('Sender number').fill('+15005550006');
  await page.getByLabel('Twilio account SID').fill('ACsandbox0000000000000000000000000');
  await page.getByLabel('Twilio auth token').fill('sandbox-auth-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('list', { name: 'Connected channels' }).getByText('SMS (Twilio)').waitFor();
  await shoot('onboarding-channels', MOBILE);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();

  step('onboarding: budget');
  await page.getByLabel('Monthly marketing budget (₹)').fill('5000');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  step('onboarding: when the day runs');
  await page.getByLabel('When should your day run?').fill('9 am');
  await page.getByRole('button', { name: 'Save schedule' }).click();
  await page.waitForURL(`${baseUrl}/`);

  step('home: run now');
  await page.getByRole('heading', { name: "Today's plan" }).waitFor();
  await page.getByRole('button', { name: 'Run now' }).click();
  const simulated = page.locator('[data-status="SIMULATED"]').first();
  await simulated.waitFor({ timeout: 90_000 });
  await page.getByRole('button', { name: 'Run now' }).waitFor({ timeout: 60_000 }); // the run finished
  const count = await page.locator('[data-status="SIMULATED"]').count();
  console.log(`  ${count} task(s) SIMULATED`);
  await shoot('home', MOBILE);
  await shoot('home', DESKTOP);

  step('sandbox outbox (a deep link, loaded afresh)');
  await page.goto(`${baseUrl}/outbox`);
  const sent = page.getByTestId('would-have-sent').first();
  await sent.waitFor();
  const text = (await sent.locator('blockquote').textContent())?.trim() ?? '';
  if (!text) throw new Error('The outbox shows a delivery without the text that would have been posted');
  console.log(`  would have posted: ${text.slice(0, 80)}…`);
  await shoot('outbox', MOBILE);
  await shoot('outbox', DESKTOP);

  step('needs you, in Hindi: the Instagram post handed to the owner, its checklist ticked and marked done');
  await page.goto(`${baseUrl}/settings`);
  await page.getByLabel('Language').selectOption('hi');
  // saved to the account before moving on: the service writes the task in the person's saved language
  await page.getByText('आपके खाते में सहेजा गया').waitFor();
  await page.goto(`${baseUrl}/tasks`); // afresh: the saved language comes back from the account
  await page.getByRole('heading', { name: 'जिन कामों में आपकी ज़रूरत है' }).waitFor();
  await page.getByRole('link', { name: 'आज का Instagram कैप्शन एक फ़ोटो के साथ पोस्ट करें' }).click();
  await page.getByRole('group', { name: 'ख़त्म करने से पहले' }).waitFor();
  for (const box of await page.getByRole('checkbox').all()) await box.check();
  await shoot('task-hi', MOBILE);
  await page.getByLabel('आपने कितने मिनट लगाए').fill('6');
  await page.getByRole('button', { name: 'पूरा हुआ' }).click();
  await page.getByText('6 मिनट में पूरा हुआ।').waitFor();
  await page.goto(`${baseUrl}/settings`);
  await page.getByLabel('भाषा').selectOption('en');
  await page.getByText('Saved to your account').waitFor();

  step('posts: generate next week, edit, approve and move the first post to half a minute from now');
  // Posting windows are the category's (salon: 09-11 and 17-19); an all-day window lets the journey publish
  // now at any hour. Set through the API, as an operator would; the rest is the owner's screens.
  const { businessId, timeZone } = await page.evaluate(async () => {
    const { accessToken } = JSON.parse(localStorage.getItem('vlos.session'));
    const headers = { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' };
    const [business] = await (await fetch('/api/v1/businesses', { headers })).json();
    const config = await (await fetch(`/api/v1/businesses/${business.id}/category-config`, { headers })).json();
    config.postingWindows = [{ name: 'all day', start: '00:00', end: '23:59' }];
    const saved = await fetch(`/api/v1/businesses/${business.id}/category-config`, { method: 'PUT', headers, body: JSON.stringify(config) });
    if (!saved.ok) throw new Error(`Saving the posting windows answered ${saved.status}`);
    return { businessId: business.id, timeZone: business.timeZone };
  });
  const postText = `Monsoon hair spa week at Asha Beauty Studio: 20% off till Sunday. Book on WhatsApp! (journey ${Date.now()})`;
  await page.goto(`${baseUrl}/content`);
  await page.getByLabel('Week').selectOption('1');
  await page.getByRole('button', { name: 'Generate next week' }).click();
  const firstPost = page.getByRole('article', { name: 'Post for Facebook Page' }).first();
  await firstPost.waitFor({ timeout: 60_000 });
  await shoot('content', MOBILE);
  await firstPost.getByLabel('Text', { exact: true }).fill(postText);
  await firstPost.getByRole('button', { name: 'Save changes' }).click();
  await firstPost.locator('figure').getByText(postText).waitFor();
  await firstPost.getByRole('button', { name: 'Approve' }).click();
  await firstPost.getByText(/^(Approved|Scheduled)/).waitFor();
  // To the second (the field and the API take seconds), 30 s ahead: still in the future when the request arrives on
  // a busy machine. The steps below run meanwhile; the outbox is checked for the published post at the end.
  const publishAt = new Date(Date.now() + 30_000);
  const moveTo = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit',
    hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).format(publishAt).replace(' ', 'T');
  await firstPost.getByLabel('Move to (local time)').fill(moveTo);
  await firstPost.getByRole('button', { name: 'Reschedule' }).click();
  await page.getByRole('article', { name: 'Post for Facebook Page' }).filter({ hasText: postText }).first().waitFor();
  console.log(`  approved and moved to ${moveTo} (${timeZone})`);
  await shoot('content', DESKTOP);

  step('leads: a visitor sends the public lead form; the owner sees the lead and the automatic first reply');
  await page.goto(`${baseUrl}/settings`);
  const formUrl = (await page.getByTestId('lead-form-url').textContent())?.trim() ?? '';
  if (!formUrl.includes('/public/lead-forms/')) throw new Error(`Settings shows no lead form address: "${formUrl}"`);
  const submitted = await fetch(formUrl, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Priya', phone: '+919812345678', message: 'Can I book a bridal trial today?', consent: true, page: '/bridal' }),
  });
  if (submitted.status !== 202) throw new Error(`The public lead form answered ${submitted.status}: ${await submitted.text()}`);
  await page.goto(`${baseUrl}/leads`);
  const leadLink = page.getByRole('link', { name: 'Can I book a bridal trial today?' });
  await reloadUntilVisible(leadLink, { everyMs: 1000, forMs: 30_000 }); // the form's event is handled in the background
  await shoot('leads', MOBILE);
  await leadLink.click();
  await page.getByRole('heading', { name: 'Why this priority' }).waitFor();
  await shoot('lead', MOBILE);
  await page.getByRole('link', { name: 'Open the conversation' }).click();
  await page.getByRole('heading', { name: 'Conversation with Priya' }).waitFor();
  const messages = page.getByRole('list', { name: 'Messages' });
  const reply = messages.getByRole('listitem').filter({ hasText: 'Sent to them' }).first();
  await reply.waitFor();
  const replyText = (await reply.innerText()).replace(/\s+/g, ' ');
  if (!/WhatsApp/.test(replyText) || !/Would have been sent \(sandbox\)/.test(replyText)) {
    throw new Error(`The first reply in the thread does not show its channel and delivery state: "${replyText}"`);
  }
  console.log(`  first reply: ${replyText.slice(0, 120)}`);
  step('leads: the owner answers by hand on SMS');
  await page.getByLabel('Send on').selectOption('SMS_TWILIO');
  await page.getByLabel('Your message').fill('Yes Priya, a bridal trial at 4 pm today works. See you!');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const handReply = messages.getByRole('listitem').filter({ hasText: 'a bridal trial at 4 pm today works' });
  await handReply.waitFor();
  const handText = (await handReply.innerText()).replace(/\s+/g, ' ');
  if (!/SMS/.test(handText) || !/Would have been sent \(sandbox\)/.test(handText)) {
    throw new Error(`The reply by hand does not show its channel and delivery state: "${handText}"`);
  }
  await shoot('conversation', MOBILE);
  await shoot('conversation', DESKTOP);

  step('reviews and referral figures');
  await page.goto(`${baseUrl}/reviews`);
  await page.getByRole('heading', { name: 'Referrals this month' }).waitFor();
  await page.getByText('Codes sent').waitFor();
  await shoot('reviews', MOBILE);

  step('insights: refresh; competitors; budget plan');
  await page.goto(`${baseUrl}/insights`);
  await page.getByRole('button', { name: 'Refresh insights' }).click();
  await page.getByRole('list', { name: 'What to do next' }).waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Competitors nearby' }).waitFor();
  await page.getByText(/^Strategy:/).waitFor();
  await shoot('insights', MOBILE);
  await shoot('insights', DESKTOP);

  step('lead rules and follow-ups: a second follow-up saved');
  await page.goto(`${baseUrl}/leads`);
  await page.getByRole('link', { name: 'Lead rules and follow-ups' }).click();
  await page.getByRole('heading', { name: 'How new leads are ranked' }).waitFor();
  await page.getByRole('button', { name: 'Add a follow-up' }).click();
  const lastStep = page.getByRole('group', { name: /^Follow-up \d+$/ }).last();
  await lastStep.getByLabel('After (hours)').fill('168');
  await page.getByRole('button', { name: 'Save follow-ups' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await shoot('lead-settings', MOBILE);
  await shoot('lead-settings', DESKTOP);

  step('content settings: an own date added');
  await page.goto(`${baseUrl}/content/settings`);
  await page.getByLabel('What is it?').fill('Studio anniversary sale');
  await page.getByLabel('Date', { exact: true }).fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
  await page.getByRole('button', { name: 'Add the date' }).click();
  await page.getByRole('list', { name: 'Your own dates' }).getByText('Studio anniversary sale').waitFor();
  await shoot('content-settings', MOBILE);

  step('appointments: one booked by hand, with its reminders planned');
  await page.goto(`${baseUrl}/appointments`);
  await page.getByLabel("Customer's phone").fill('+919812345679');
  await page.getByLabel("Customer's name (optional)").fill('Meera');
  await page.getByLabel('Service', { exact: true }).fill('Haircut and styling');
  const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Date and time', { exact: true }).fill(`${inTwoDays}T15:00`);
  await page.getByRole('button', { name: 'Book', exact: true }).click();
  await page.getByText(/Booked for .*; 2 reminders planned\./).waitFor();
  await shoot('appointments', MOBILE);

  step('review settings: the place id and a 60-day cooldown saved');
  await page.goto(`${baseUrl}/reviews/settings`);
  await page.getByLabel('Google place id').fill('ChIJN1t_tDeuEmsRUsoyG83frY4');
  await page.getByLabel('Days before the same customer is asked again').fill('60');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  step('budget: goals and last month\'s results');
  await page.goto(`${baseUrl}/insights/budget`);
  await page.getByRole('checkbox', { name: 'Reviews' }).check();
  await page.getByLabel('Reviews wanted per month').fill('15');
  await page.getByRole('button', { name: 'Save goals' }).click();
  await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const lastMonth = new Date(); lastMonth.setDate(1); lastMonth.setMonth(lastMonth.getMonth() - 1);
  await page.getByLabel('Month', { exact: true }).fill(lastMonth.toISOString().slice(0, 7));
  const organic = page.getByRole('group', { name: 'Organic content' });
  await organic.getByLabel(/^Spent/).fill('1500');
  await organic.getByLabel('Leads', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Save results' }).click();
  await page.getByText('Saved. The budget plan now uses them.').waitFor();
  await shoot('budget', MOBILE);
  await shoot('budget', DESKTOP);

  step('sales: one recorded by hand');
  await page.goto(`${baseUrl}/reviews`);
  await page.getByRole('link', { name: 'Record sales' }).click();
  await page.getByLabel("Customer's phone").fill('+919812345678');
  await page.getByLabel(/^Amount/).fill('1499');
  await page.getByLabel('Bill number (optional)').fill(`BILL-${Date.now()}`);
  await page.getByRole('button', { name: 'Record sale' }).click();
  await page.getByText(/^Sale of .*1,499\.00 recorded\.$/).waitFor();
  await shoot('sales', MOBILE);

  step('sandbox outbox: the approved post, published through the sandbox Facebook Page');
  await page.goto(`${baseUrl}/outbox`);
  const published = page.getByTestId('would-have-sent').filter({ hasText: postText });
  const untilDue = publishAt.getTime() - Date.now();
  console.log(`  the post is due ${untilDue > 0 ? `in ${(untilDue / 1000).toFixed(0)} s` : 'already'}`);
  await reloadUntilVisible(published.first(), { everyMs: 1500, forMs: Math.max(untilDue, 0) + 120_000 });
  const shown = (await published.first().locator('blockquote').textContent())?.trim();
  if (shown !== postText) throw new Error(`The outbox shows "${shown}" instead of the approved post`);
  await page.goto(`${baseUrl}/content`);
  await page.getByLabel('Week').selectOption('1'); // a post keeps its week when moved
  await page.getByRole('article', { name: 'Post for Facebook Page' }).filter({ hasText: postText })
    .getByText(/^Published/).waitFor();
  await shoot('content-published', MOBILE);
  console.log(`  business ${businessId}: the approved post was published in the sandbox`);

  step('settings');
  await page.goto(`${baseUrl}/settings`);
  await page.getByRole('heading', { name: 'Plan and usage' }).waitFor();
  await page.getByText('Locations').waitFor();
  await shoot('settings', DESKTOP);
  await shoot('settings', MOBILE);
  reportAccessibility();

  step('offline: Home opens with the last data, says so in plain words, and comes back by itself');
  await page.goto(`${baseUrl}/`);
  // the service worker keeps the answers of the pages it controls: once it does, Home is loaded once more through it
  await page.waitForFunction(() => navigator.serviceWorker.ready.then(() => !!navigator.serviceWorker.controller)
    .catch(() => false));
  await page.reload();
  const homeHeading = page.getByRole('heading', { level: 1, name: 'Asha Beauty Studio Salt Lake' });
  await homeHeading.waitFor();
  await page.context().setOffline(true);
  await page.reload();
  await homeHeading.waitFor();
  const banner = page.getByTestId('connection-banner');
  await banner.filter({ hasText: 'You are offline.' }).waitFor();
  await page.getByRole('heading', { name: "Today's plan" }).waitFor();
  await page.context().setOffline(false);
  await banner.waitFor({ state: 'detached' }); // asked again by itself once the phone is back online
  console.log('The owner journey works.');
} catch (e) {
  console.error(`The owner journey failed: ${e.message}`);
  await page.screenshot({ path: `${shots}/failure.png`, fullPage: true }).catch(() => {});
  console.error((await page.locator('body').innerText().catch(() => '')).slice(0, 3000));
  process.exitCode = 1;
} finally {
  report();
  await browser.close();
}
