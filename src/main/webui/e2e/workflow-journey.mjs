// An owner builds a workflow from the palette and watches it run, in a real browser against a running service:
// sign up → a sandbox WhatsApp connection → Workflows → new blank → trigger "a new lead" → condition on the
// source → WhatsApp template → delay 1 h → approval, each added from the palette and filled in its form → save,
// publish (version 1) → a test run lights the steps on the canvas → a visitor sends the public lead form → the
// execution shows each step's status (the message "would have been sent" in the sandbox, the delay waiting) →
// continue the delay now → the approval appears with the tasks that need the owner → approve it there → the
// execution has finished.
//
//   node src/main/webui/e2e/workflow-journey.mjs http://localhost:8080 [screenshot dir]
//
// Uses the system Chromium (CHROMIUM, default /usr/bin/chromium); never downloads a browser.
// Exit code 0 when the journey works; 1 with the reason (and a screenshot of the page) when it does not.
import { baseUrl, shots, MOBILE, DESKTOP, openPage } from './browser.mjs';

const { browser, page } = await openPage(DESKTOP);

const step = (what) => console.log(`- ${what}`);
const shoot = async (name, viewport) => {
  await page.setViewportSize(viewport);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${shots}/${name}-${viewport.width}.png`, fullPage: viewport === MOBILE });
};
/** Reloads until the locator shows (work done in the background: events, executions), up to a minute. */
// Reloads until the locator shows: each load is given its time to fetch and render before the next reload (a check
// right after a reload sees the page before its data and reloads again, for a minute on a slow machine).
const reloadUntil = async (locator) => {
  for (let i = 0; i < 20; i++) {
    try {
      await locator.waitFor({ timeout: 3000 });
      return;
    } catch {
      await page.reload();
    }
  }
  await locator.waitFor();
};

try {
  step('sign up');
  await page.goto(`${baseUrl}/signup`);
  await page.getByLabel('Business or brand name').fill('Meera Hair Studio');
  await page.getByLabel('Your name').fill('Meera Das');
  await page.getByLabel('Email').fill(`workflow-owner-${Date.now()}@journey.test`);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/onboarding');

  step('onboarding: the business and a sandbox WhatsApp number');
  await page.getByLabel('Business name').fill('Meera Hair Studio Park Street');
  await page.getByLabel('Kind of business').selectOption('salon');
  await page.getByLabel('City').fill('Kolkata');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.getByText('Sandbox: nothing is really sent').first().waitFor();
  await page.getByLabel('Platform').selectOption('WHATSAPP');
  await page.getByLabel('WhatsApp phone number ID').fill('109876543211');
  await page.getByLabel('Access token').fill('sandbox-whatsapp-token');
  await page.getByRole('button', { name: 'Connect', exact: true }).click();
  await page.getByRole('list', { name: 'Connected channels' }).getByText('WhatsApp').waitFor();

  step('workflows: a new blank workflow in the builder (1280 px)');
  await page.goto(`${baseUrl}/workflows`);
  await page.getByRole('button', { name: 'New blank workflow' }).click();
  await page.waitForURL('**/workflows/new');
  await page.getByLabel('Name', { exact: true }).fill('New lead: welcome, wait, call');

  step('trigger: a new lead');
  await page.getByTestId('node-__trigger').click();
  await page.getByLabel('Starts when').selectOption('event');
  await page.getByLabel('Event', { exact: true }).selectOption('lead.created');

  step('palette: condition on the source, with the result on the test payload as it is typed');
  await page.getByRole('button', { name: 'Add a Condition step' }).click();
  await page.getByRole('form', { name: 'Step condition1' }).waitFor();
  await page.getByLabel('Expression *').fill("trigger.source == 'FORM'");
  await page.getByTestId('expression-result').filter({ hasText: 'true' }).waitFor();

  step('palette: the WhatsApp template when it is true');
  await page.getByRole('button', { name: 'Add a Message step' }).click();
  const message = page.getByRole('form', { name: 'Step notification1' });
  await message.waitFor();
  const whatsapp = await message.getByLabel('Connection *').locator('option', { hasText: 'WhatsApp' }).first().getAttribute('value');
  await message.getByLabel('Connection *').selectOption(whatsapp);
  await message.getByLabel('To (phone, email) *').fill('{{trigger.phone}}');
  await message.getByLabel('WhatsApp template name').fill('lead_welcome');
  await message.getByLabel('Template language').fill('en');
  await message.getByLabel('Template parameters (one per line)').fill('{{trigger.name}}');
  await message.getByLabel('Urgent (ignores quiet hours)').check();

  step('palette: delay 1 h, then an approval');
  await page.getByRole('button', { name: 'Add a Delay step' }).click();
  await page.getByRole('form', { name: 'Step delay1' }).getByLabel('Wait for').fill('PT1H');
  await page.getByRole('button', { name: 'Add a Approval step' }).click();
  await page.getByRole('form', { name: 'Step approval1' }).getByLabel('Question *').fill('Call {{trigger.name}} today?');

  step('save the draft, publish it');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await page.waitForURL(/\/workflows\/[0-9a-f-]{36}$/);
  const workflowId = page.url().split('/').pop();
  await page.getByTestId('node-approval1').waitFor();
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByText('Published as version 1.').waitFor();

  step('test and watch: a test run with the test payload lights each step on the canvas');
  await page.getByRole('button', { name: 'Run test' }).click();
  const node = (id, status) => page.locator(`[data-testid="node-${id}"][data-status="${status}"]`);
  await node('condition1', 'SUCCEEDED').waitFor({ timeout: 60_000 });
  await node('notification1', 'SUCCEEDED').waitFor({ timeout: 60_000 });
  await node('delay1', 'WAITING').waitFor({ timeout: 60_000 });
  await page.getByRole('region', { name: 'Test and watch' }).getByText('Would have been sent (sandbox)').waitFor();
  await page.getByTestId('node-condition1').click();
  await page.getByText('Variables you can use here').click();
  await shoot('builder', DESKTOP);

  step('a visitor sends the public lead form');
  await page.goto(`${baseUrl}/settings`);
  const formUrl = (await page.getByTestId('lead-form-url').textContent())?.trim() ?? '';
  if (!formUrl.includes('/public/lead-forms/')) throw new Error(`Settings shows no lead form address: "${formUrl}"`);
  const submitted = await fetch(formUrl, {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Ritu', phone: '+919812345679', message: 'Do you do keratin treatments?', consent: true, page: '/hair' }),
  });
  if (submitted.status !== 202) throw new Error(`The public lead form answered ${submitted.status}: ${await submitted.text()}`);

  step('the execution, step by step, on a phone');
  await page.setViewportSize(MOBILE);
  await page.goto(`${baseUrl}/workflows/executions?workflowId=${workflowId}`);
  const run = page.getByRole('list', { name: 'Executions' }).getByRole('listitem').filter({ hasText: 'An event' })
    .getByRole('link', { name: 'New lead: welcome, wait, call' });
  await reloadUntil(run);
  await run.click();
  await page.waitForURL(/\/workflows\/executions\/[0-9a-f-]{36}$/);
  const executionUrl = page.url();
  const steps = page.getByRole('list', { name: 'Steps of this execution' });
  const waiting = steps.getByRole('listitem').filter({ hasText: 'delay1' });
  await waiting.getByText('Waiting', { exact: true }).waitFor({ timeout: 60_000 });
  await steps.getByRole('listitem').filter({ hasText: 'condition1' }).getByText(/Done · went on via If true/).waitFor();
  await steps.getByRole('listitem').filter({ hasText: 'notification1' }).getByText('Would have been sent (sandbox)').waitFor();

  step('continue the delay now');
  await waiting.getByRole('button', { name: 'Continue now' }).click();
  await steps.getByRole('listitem').filter({ hasText: 'approval1' }).getByText('Call Ritu today?', { exact: true }).waitFor({ timeout: 60_000 });
  await shoot('execution', MOBILE);

  step('the approval waits with the tasks that need the owner; approve it there');
  await page.goto(`${baseUrl}/tasks`);
  await page.getByRole('link', { name: 'Approve? Call Ritu today?' }).click();
  await page.getByRole('heading', { name: 'A workflow waits for your decision' }).waitFor();
  await page.getByRole('button', { name: 'Approve' }).click();
  await page.getByRole('heading', { name: 'A workflow waits for your decision' }).waitFor({ state: 'detached' });

  step('the execution has finished');
  await page.goto(executionUrl);
  await page.getByRole('status').filter({ hasText: 'Finished' }).waitFor({ timeout: 60_000 });
  await steps.getByRole('listitem').filter({ hasText: 'approval1' }).getByText(/went on via If approved/).waitFor();
  await shoot('execution', MOBILE);
  console.log('workflow journey: OK');
  await browser.close();
} catch (e) {
  console.error(`workflow journey failed: ${e.message}`);
  await page.screenshot({ path: `${shots}/workflow-failure.png`, fullPage: true }).catch(() => {});
  await browser.close();
  process.exit(1);
}
