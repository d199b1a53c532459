import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../i18n';
import { api } from '../api/client';
import type { TokenResponse } from '../api/types';
import { AuthProvider } from '../auth/AuthContext';
import { LoginForm } from './auth';

function problem(status: number, body: object) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

function renderLogin() {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <AuthProvider>
          <LoginForm onSubmit={(email, password) =>
            api<TokenResponse>('/auth/login', { body: { email, password }, anonymous: true })} />
        </AuthProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('LoginForm', () => {
  it('shows each field error of a problem+json next to its field, and the detail with what to do', async () => {
    await i18n.changeLanguage('en');
    vi.stubGlobal('fetch', vi.fn(async () => problem(400, {
      status: 400, title: 'Bad Request', detail: 'The request has invalid fields',
      errors: [{ field: 'email', message: 'must not be blank' }, { field: 'password', message: 'must not be blank' }],
    })));
    renderLogin();
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));

    const email = await screen.findByLabelText('Email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)!.textContent).toBe('must not be blank');
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('The request has invalid fields');
    expect(screen.getByRole('alert').textContent).toContain('Correct the fields marked below');
  });

  it('shows the detail of a wrong password', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => problem(401, { status: 401, title: 'Unauthorized', detail: 'Wrong email or password' })));
    renderLogin();
    await userEvent.type(screen.getByLabelText('Email'), 'a@b.in');
    await userEvent.type(screen.getByLabelText('Password'), 'not-the-password');
    await userEvent.click(screen.getByRole('button', { name: 'Log in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Wrong email or password');
    expect(screen.getByLabelText('Email').getAttribute('aria-invalid')).toBeNull();
  });
});
