import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TokenResponse } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { sessionHasEnded, takeReturnPath } from '../auth/session';
import { Button, ErrorAlert, Field, fieldError } from '../components/forms';
import { LanguageSelect } from '../components/LanguageSelect';

function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <main className="mx-auto w-full max-w-md px-4 py-8">
      <p className="mb-2 text-sm font-semibold tracking-wide text-indigo-800 uppercase">{t('app.name')}</p>
      <h1 className="mb-6 text-2xl font-bold">{title}</h1>
      {children}
      <div className="mt-8 border-t border-slate-300 pt-4">
        <LanguageSelect />
      </div>
    </main>
  );
}

/** backToWhereItEnded: after a login, the page the last session ended on (if it ran out) instead of `then`. */
function useSubmit(call: () => Promise<TokenResponse>, then: string, backToWhereItEnded = false) {
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      signedIn(await call());
      navigate(backToWhereItEnded ? takeReturnPath(then) : then);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

export function LoginForm({ onSubmit }: { onSubmit: (email: string, password: string) => Promise<TokenResponse> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const { busy, error, submit } = useSubmit(() => onSubmit(email, password), '/', true);
  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Field label={t('auth.email')} type="email" autoComplete="email" value={email}
        onChange={(e) => setEmail(e.target.value)} error={fieldError(error, 'email')} required />
      <Field label={t('auth.password')} type="password" autoComplete="current-password" value={password}
        onChange={(e) => setPassword(e.target.value)} error={fieldError(error, 'password')} required />
      <Button type="submit" busy={busy} busyLabel={t('auth.signingIn')}>{t('auth.logIn')}</Button>
    </form>
  );
}

export function LoginPage() {
  const { t } = useTranslation();
  return (
    <AuthFrame title={t('auth.logInTitle')}>
      {sessionHasEnded() && (
        <p role="status" className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t('auth.sessionEnded')}
        </p>
      )}
      <LoginForm onSubmit={(email, password) =>
        api<TokenResponse>('/auth/login', { body: { email, password }, anonymous: true })} />
      <p className="mt-6">
        {t('auth.noAccount')}{' '}
        <Link className="font-semibold text-indigo-800 underline" to="/signup">{t('auth.signUp')}</Link>
      </p>
    </AuthFrame>
  );
}

export function SignupPage() {
  const { t, i18n } = useTranslation();
  const [form, setForm] = useState({ accountName: '', ownerName: '', email: '', password: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const { busy, error, submit } = useSubmit(
    () => api<TokenResponse>('/auth/signup', {
      body: { ...form, locale: `${i18n.language}-IN`, currency: 'INR', timeZone: 'Asia/Kolkata' },
      anonymous: true,
    }),
    '/onboarding',
  );
  return (
    <AuthFrame title={t('auth.signUpTitle')}>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <Field label={t('auth.accountName')} hint={t('auth.accountNameHint')} value={form.accountName}
          onChange={set('accountName')} error={fieldError(error, 'accountName')} autoComplete="organization" />
        <Field label={t('auth.ownerName')} value={form.ownerName} onChange={set('ownerName')}
          error={fieldError(error, 'ownerName')} autoComplete="name" />
        <Field label={t('auth.email')} type="email" value={form.email} onChange={set('email')}
          error={fieldError(error, 'email')} autoComplete="email" />
        <Field label={t('auth.password')} type="password" hint={t('auth.passwordHint')} value={form.password}
          onChange={set('password')} error={fieldError(error, 'password')} autoComplete="new-password" />
        <Button type="submit" busy={busy} busyLabel={t('auth.creating')}>{t('auth.createAccount')}</Button>
      </form>
      <p className="mt-6">
        {t('auth.haveAccount')}{' '}
        <Link className="font-semibold text-indigo-800 underline" to="/login">{t('auth.logIn')}</Link>
      </p>
    </AuthFrame>
  );
}

/** The page an invitation link opens: the invitee picks a name and password. */
export function AcceptInvitePage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [form, setForm] = useState({ inviteToken: params.get('token') ?? '', name: '', password: '' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const { busy, error, submit } = useSubmit(
    () => api<TokenResponse>('/auth/accept-invite', { body: form, anonymous: true }), '/');
  return (
    <AuthFrame title={t('auth.acceptInviteTitle')}>
      <form onSubmit={submit} noValidate>
        <ErrorAlert error={error} />
        <Field label={t('auth.inviteToken')} value={form.inviteToken} onChange={set('inviteToken')}
          error={fieldError(error, 'inviteToken')} />
        <Field label={t('auth.yourName')} value={form.name} onChange={set('name')} error={fieldError(error, 'name')}
          autoComplete="name" />
        <Field label={t('auth.password')} type="password" hint={t('auth.passwordHint')} value={form.password}
          onChange={set('password')} error={fieldError(error, 'password')} autoComplete="new-password" />
        <Button type="submit" busy={busy}>{t('auth.joinTeam')}</Button>
      </form>
    </AuthFrame>
  );
}
