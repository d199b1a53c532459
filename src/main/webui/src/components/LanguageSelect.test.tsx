import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { mockApi, renderAt } from '../test/render';
import { LanguageSelect, useSavedLanguage } from './LanguageSelect';

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('en');
});

const ME = { user: { id: 'u-1', email: 'a@b.in', role: 'OWNER', status: 'ACTIVE', createdAt: '2026-01-01T00:00:00Z', language: 'hi' },
  tenantId: 't-1', permissions: [] };

function SignedIn() {
  useSavedLanguage();
  return <p>{i18n.t('nav.home')}</p>;
}

/** A text the service writes in the reader's saved language, as the task list shows one. */
function ServiceText() {
  const task = useQuery({ queryKey: ['manual-tasks'], queryFn: () => api<{ title: string }>('/manual-tasks/t-1') });
  return <p>{task.data?.title}</p>;
}

describe('Language', () => {
  it('reads the service\'s texts again once the new language is saved', async () => {
    await i18n.changeLanguage('en');
    let language = 'en';
    mockApi({
      'PUT /me/language': (init) => {
        language = JSON.parse(String(init?.body)).language;
        return { body: { ...ME, user: { ...ME.user, language } } };
      },
      'GET /manual-tasks/t-1': () => ({ body: { title: language === 'hi' ? 'आज की पोस्ट' : "Today's post" } }),
    });
    renderAt('/', '/', <><ServiceText /><LanguageSelect saveToAccount /></>);
    await screen.findByText("Today's post");
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'hi');
    await screen.findByText('आज की पोस्ट');
  });

  it('saves the chosen language to the account', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({ 'PUT /me/language': (init) => ({ body: { ...ME, user: { ...ME.user, language: JSON.parse(String(init?.body)).language } } }) });
    renderAt('/', '/', <LanguageSelect saveToAccount />);
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'hi');
    await screen.findByRole('status');
    expect(calls).toEqual([{ method: 'PUT', path: '/me/language', contentType: 'application/json', body: { language: 'hi' } }]);
    expect(i18n.language).toBe('hi');
  });

  it('opens in the language saved to the account on a new device', async () => {
    await i18n.changeLanguage('en');
    mockApi({ 'GET /me': ME });
    renderAt('/', '/', <SignedIn />);
    await waitFor(() => expect(i18n.language).toBe('hi'));
    expect(document.documentElement.lang).toBe('hi');
  });

  it('offers every language under its own name and switches the app to it', async () => {
    await i18n.changeLanguage('en');
    mockApi({});
    renderAt('/', '/', <LanguageSelect />);
    const options = screen.getAllByRole('option').map((o) => [(o as HTMLOptionElement).value, o.textContent]);
    expect(options).toEqual(expect.arrayContaining([['en', 'English'], ['hi', 'हिन्दी'], ['es', 'Español'],
      ['fr', 'Français'], ['de', 'Deutsch']]));
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'de');
    await screen.findByLabelText('Sprache');
    expect(document.documentElement.lang).toBe('de');
  });

  it('does not call the service before sign-in', async () => {
    await i18n.changeLanguage('en');
    const calls = mockApi({});
    renderAt('/', '/', <LanguageSelect />);
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'hi');
    expect(i18n.language).toBe('hi');
    expect(calls).toHaveLength(0);
  });
});
