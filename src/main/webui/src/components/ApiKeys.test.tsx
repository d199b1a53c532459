import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { mockApi, renderAt } from '../test/render';
import { ApiKeys } from './ApiKeys';

afterEach(() => vi.unstubAllGlobals());

const WEBSITE = { id: 'k-1', name: 'website', prefix: 'vlk_ab12', permissions: ['business:read'], createdAt: '2026-03-01T05:00:00Z',
  lastUsedAt: null, revokedAt: null };

describe('API keys', () => {
  it('needs a name and a permission, shows a refused permission, then shows the new key once with a copy hint', async () => {
    await i18n.changeLanguage('en');
    let answer: { status: number; body: unknown } = { status: 400, body: { status: 400, detail: 'Invalid fields',
      errors: [{ field: 'name', message: 'must not be blank' }, { field: 'permissions[1]', message: 'must be one of [business:read]' }] } };
    const calls = mockApi({ 'GET /api-keys': [], 'POST /api-keys': () => answer });
    const user = userEvent.setup();
    renderAt('/', '/', <ApiKeys />);
    expect(await screen.findByText('No API keys yet.')).toBeTruthy();
    await user.click(screen.getByLabelText(/Read the business/));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(screen.getByText('Fill this in.')).toBeTruthy();
    expect(screen.getByText('Choose at least one permission.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST')).toBe(false);

    await user.type(screen.getByLabelText('Name of the key'), ' website ');
    await user.click(screen.getByLabelText(/Read the business/));
    await user.click(screen.getByLabelText(/Read reports/));
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    expect(await screen.findByText('must be one of [business:read]')).toBeTruthy();
    expect(screen.getByText('must not be blank')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'website', permissions: ['business:read', 'analytics:read'] });

    answer = { status: 201, body: { apiKey: WEBSITE, key: 'vlk_ab12secretsecret' } };
    await user.click(screen.getByRole('button', { name: 'Create key' }));
    const shown = await screen.findByRole('status');
    expect(within(shown).getByText('Key website created. This is the only time it is shown.')).toBeTruthy();
    expect((within(shown).getByLabelText('The new key') as HTMLInputElement).value).toBe('vlk_ab12secretsecret');
    expect(within(shown).getByText(/Copy it now/)).toBeTruthy();
    await user.click(within(shown).getByRole('button', { name: 'Copy the key' }));
    expect(await navigator.clipboard.readText()).toBe('vlk_ab12secretsecret');
    expect(within(shown).getByText('Copied.')).toBeTruthy();
  });

  it('lists keys without their secret and revokes one after asking', async () => {
    await i18n.changeLanguage('en');
    let revoked = false;
    const calls = mockApi({
      'GET /api-keys': () => ({ body: [revoked ? { ...WEBSITE, revokedAt: '2026-03-02T05:00:00Z' } : WEBSITE,
        { ...WEBSITE, id: 'k-0', name: 'old', revokedAt: '2026-02-01T05:00:00Z' }] }),
      'DELETE /api-keys/k-1': () => { revoked = true; return { status: 204 }; },
    });
    renderAt('/', '/', <ApiKeys />);
    const list = await screen.findByRole('list', { name: 'API keys' });
    expect(within(list).getAllByText('vlk_ab12…')).toHaveLength(2);
    expect(within(list).queryByRole('button', { name: 'Revoke the key old' })).toBeNull();
    await userEvent.click(within(list).getByRole('button', { name: 'Revoke the key website' }));
    expect(screen.getByText(/Revoke website\? Programs using it stop working/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    expect(await screen.findAllByText(/revoked/)).toHaveLength(2);
    expect(calls.filter((c) => c.method === 'DELETE').map((c) => c.path)).toEqual(['/api-keys/k-1']);
  });
});
