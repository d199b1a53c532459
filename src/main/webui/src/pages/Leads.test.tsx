import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { BUSINESS, mockApi, renderAt } from '../test/render';
import { ConversationPage, LeadDetailPage, LeadsPage } from './Leads';

afterEach(() => vi.unstubAllGlobals());

const LEAD = {
  id: 'l-1', businessId: 'b-1', source: 'API', status: 'CONTACTED', priority: 'HIGH', labels: ['urgent'],
  contact: { id: 'c-1', name: 'Asha', phone: '+919812345678', email: null },
  matchedRules: [{ label: 'urgent', priority: 'HIGH', reason: 'The message asks for something soon' }],
  message: 'Can I book a slot today?', valueMinor: null, replyChannel: 'WHATSAPP',
  createdAt: '2026-03-10T05:00:00Z', updatedAt: '2026-03-10T05:00:00Z',
  history: [{ fromStatus: null, toStatus: 'NEW', cause: 'Arrived via API', deliveryId: null, at: '2026-03-10T05:00:00Z' }],
  pendingFollowUps: [{ jobId: 'j-1', step: 1, runAt: '2026-03-11T05:00:00Z', channel: null, templateName: 'lead_follow_up' }],
};

describe('Leads', () => {
  it('lists leads with status and priority and filters by status', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /businesses': [BUSINESS],
      'GET /businesses/b-1/leads': [{ ...LEAD, contactId: 'c-1' }],
    });
    renderAt('/leads', '/leads', <LeadsPage />);
    const link = await screen.findByRole('link', { name: 'Can I book a slot today?' });
    expect(link.getAttribute('href')).toBe('/leads/l-1');
    expect(screen.getByText(/Contacted · Urgent/)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'QUALIFIED');
    await waitFor(() => expect(calls.some((c) => c.path === '/businesses/b-1/leads' && c.method === 'GET')).toBe(true));
    expect((fetch as unknown as { mock: { calls: string[][] } }).mock.calls.map((c) => c[0]))
      .toContain('/api/v1/businesses/b-1/leads?limit=100&status=QUALIFIED');
  });

  it('shows who wrote on the card, with a call link and a WhatsApp link to their number', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /businesses': [BUSINESS],
      'GET /businesses/b-1/leads': [{ ...LEAD, contactId: 'c-1', contactName: 'Asha', contactPhone: '+919812345678' }],
    });
    renderAt('/leads', '/leads', <LeadsPage />);
    expect((await screen.findByRole('link', { name: 'Call Asha' })).getAttribute('href')).toBe('tel:+919812345678');
    expect(screen.getByRole('link', { name: 'Open Asha in WhatsApp' }).getAttribute('href')).toBe('https://wa.me/919812345678');
    expect(screen.getByText('+919812345678')).toBeTruthy();
  });

  it('shows why a lead is urgent, its follow-ups, and a refused status change with the field error', async () => {
    await i18n.changeLanguage('en');
    mockApi({
      'GET /leads/l-1': LEAD,
      'PUT /leads/l-1/status': () => ({ status: 400, body: { status: 400, detail: 'The request has invalid fields', errors: [{ field: 'status', message: 'A lead never goes back to NEW' }] } }),
    });
    renderAt('/leads/:leadId', '/leads/l-1', <LeadDetailPage />);
    expect(await screen.findByText(/The message asks for something soon/)).toBeTruthy();
    expect(screen.getByText(/Step 1 at/)).toBeTruthy();
    expect(screen.getByText('Arrived via API')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('New status'), 'QUALIFIED');
    await userEvent.click(screen.getByRole('button', { name: 'Save status' }));
    expect((await screen.findByRole('alert')).textContent).toContain('The request has invalid fields');
    expect(screen.getByText('A lead never goes back to NEW')).toBeTruthy();
  });

  it('shows the thread with delivery states and sends a reply by hand', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({
      'GET /contacts/c-1/conversation': {
        contact: LEAD.contact,
        messages: [
          { direction: 'IN', channel: 'WHATSAPP', text: 'Can I book a slot today?', at: '2026-03-10T05:00:00Z' },
          { direction: 'OUT', channel: 'WHATSAPP', text: '[template lead_welcome]', at: '2026-03-10T05:00:01Z', status: 'SIMULATED' },
        ],
      },
      'POST /contacts/c-1/messages': { deliveryId: 'd-2', channel: 'WHATSAPP', status: 'SENT', reason: null, message: null },
    });
    renderAt('/contacts/:contactId/conversation', '/contacts/c-1/conversation', <ConversationPage />);
    const messages = within(await screen.findByRole('list', { name: 'Messages' })).getAllByRole('listitem');
    expect(messages).toHaveLength(2);
    expect(within(messages[1]).getByText('Would have been sent (sandbox)')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Your message'), 'Yes, 10 to 6');
    await userEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect((await screen.findByRole('status')).textContent).toContain('Sent');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ text: 'Yes, 10 to 6', channel: 'WHATSAPP' });
  });
});
