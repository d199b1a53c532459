import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { PlatformConnect } from './PlatformConnect';
import { ConnectCallbackPage } from '../pages/ConnectCallback';
import { signupSession } from '../lib/metaSdk';

afterEach(() => vi.unstubAllGlobals());

const NONE = { facebook: false, whatsapp: false, google: false, metaAppId: null, whatsappConfigId: null, graphVersion: 'v21.0' };
const ALL = { facebook: true, whatsapp: true, google: true, metaAppId: '123', whatsappConfigId: '456', graphVersion: 'v21.0' };

describe('connecting a platform', () => {
  it('shows only the typed form when the operator configured no flow', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /connect/options': NONE });
    renderAt('/', '/', <PlatformConnect businessId="b-1" onSaved={() => {}}><p>typed form</p></PlatformConnect>);
    expect(await screen.findByText('typed form')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect with Facebook' })).toBeNull();
    expect(screen.queryByText('Enter details by hand')).toBeNull();
  });

  it('offers the configured flows, keeps the typed form under "Enter details by hand" and sends Facebook sign-in to the dialog', async () => {
    await i18n.changeLanguage('en');
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const calls = mockApi({
      'GET /connect/options': { ...ALL, google: false },
      'POST /businesses/b-1/connect/facebook': () => ({ status: 201, body: { flowId: 'f-1', provider: 'FACEBOOK', state: 's',
        authorizationUrl: 'https://www.facebook.com/v21.0/dialog/oauth?client_id=123', expiresAt: '2030-01-01T00:00:00Z' } }),
    });
    const user = userEvent.setup();
    renderAt('/', '/', <PlatformConnect businessId="b-1" onSaved={() => {}}><p>typed form</p></PlatformConnect>);
    await user.click(await screen.findByRole('button', { name: 'Connect with Facebook' }));
    expect(screen.getByRole('button', { name: 'Connect WhatsApp' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Connect Google' })).toBeNull();
    expect(screen.getByText('Enter details by hand')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.path === '/businesses/b-1/connect/facebook')).toBe(true);
    expect(assign).toHaveBeenCalledWith('https://www.facebook.com/v21.0/dialog/oauth?client_id=123');
  });

  it('hands the code and state to the service once, lets the owner pick and connects the picked ones', async () => {
    await i18n.changeLanguage('en');
    window.history.replaceState(null, '', '/connect/facebook/callback?code=abc&state=xyz');
    const calls = mockApi({
      'POST /connect/facebook/callback': { flowId: 'f-1', provider: 'FACEBOOK', choices: [
        { kind: 'FACEBOOK_PAGE', id: '111', name: 'Asha Salon', detail: null },
        { kind: 'INSTAGRAM', id: '222', name: '@ashasalon', detail: 'Asha Salon' }] },
      'POST /connect/flows/f-1/choose': () => ({ status: 201, body: [] }),
    });
    const user = userEvent.setup();
    renderAt('/connect/:provider/callback', '/connect/facebook/callback', <ConnectCallbackPage />);
    await user.click(await screen.findByLabelText(/@ashasalon/));
    expect(window.location.search).toBe('');
    await user.click(screen.getByRole('button', { name: 'Connect the ticked ones' }));
    await vi.waitFor(() => expect(calls.some((c) => c.path === '/connect/flows/f-1/choose')).toBe(true));
    expect(calls.filter((c) => c.path === '/connect/facebook/callback')).toHaveLength(1);
    expect(calls.find((c) => c.path === '/connect/facebook/callback')!.body).toEqual({ state: 'xyz', code: 'abc' });
    expect(calls.find((c) => c.path === '/connect/flows/f-1/choose')!.body).toEqual({
      choices: [{ kind: 'INSTAGRAM', id: '222' }], mode: 'SANDBOX' });
  });

  it('says plainly when the state was refused, and offers to start again', async () => {
    await i18n.changeLanguage('en');
    window.history.replaceState(null, '', '/connect/google/callback?code=abc&state=old');
    mockApi({ 'POST /connect/google/callback': () => ({ status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'state', message: 'is unknown, expired, already used or not yours: start connecting again' }] } }) });
    renderAt('/connect/:provider/callback', '/connect/google/callback', <ConnectCallbackPage />);
    expect(await screen.findByText('Back to channels, to start again')).toBeTruthy();
  });

  it('takes the Embedded Signup session only from facebook.com', () => {
    const finish = JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP', event: 'FINISH', data: { waba_id: '9', phone_number_id: '8' } });
    expect(signupSession(new MessageEvent('message', { origin: 'https://www.facebook.com', data: finish })))
      .toEqual({ wabaId: '9', phoneNumberId: '8' });
    expect(signupSession(new MessageEvent('message', { origin: 'https://evil-facebook.com', data: finish }))).toBeNull();
    expect(signupSession(new MessageEvent('message', { origin: 'https://www.facebook.com',
      data: JSON.stringify({ type: 'WA_EMBEDDED_SIGNUP', event: 'CANCEL', data: {} }) }))).toBe('cancelled');
  });
});
