import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { TokenResponse } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { sessionHasEnded, takeReturnPath } from '../auth/session';
import { finishSignIn, startSignIn, type SsoSettings } from '../auth/sso';
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

/** "Sign in with <company SSO>" when the service is configured for single sign-on (nothing otherwise). */
function SsoButton() {
  const { t } = useTranslation();
  const sso = useQuery({ queryKey: ['sso-settings'], queryFn: () => api<SsoSettings>('/auth/sso', { anonymous: true }), retry: false });
  const [busy, setBusy] = useState(false);
  if (!sso.data?.enabled) return null;
  const settings = sso.data;
  return (
    <div className="mb-6">
      <Button type="button" busy={busy} onClick={() => { setBusy(true); void startSignIn(settings); }}>
        {t('auth.ssoSignIn', { name: settings.displayName })}
      </Button>
      <p className="mt-4 text-sm text-slate-700">{t('auth.ssoOr')}</p>
    </div>
  );
}

/** Where the realm sends the browser back with the code (see auth/sso.ts). */
export function SsoCallbackPage() {
  const { t } = useTranslation();
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const [failure, setFailure] = useState<string | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // the code can be swapped once only
    started.current = true;
    finishSignIn(window.location.search)
      .then(({ tokens, sso }) => {
        signedIn(tokens, sso);
        navigate('/', { replace: true });
      })
      .catch((e: unknown) => setFailure(e instanceof Error ? e.message : String(e)));
  }, [signedIn, navigate]);
  return (
    <AuthFrame title={t('auth.logInTitle')}>
      {failure ? (
        <>
          <p role="alert" className="mb-4 text-red-800">{t('auth.ssoFailed', { reason: failure })}</p>
          <Link className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline" to="/login">{t('auth.ssoBack')}</Link>
        </>
      ) : <p>{t('auth.ssoSigningIn')}</p>}
    </AuthFrame>
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
      <SsoButton />
      <LoginForm onSubmit={(email, password) =>
        api<TokenResponse>('/auth/login', { body: { email, password }, anonymous: true })} />
      <p className="mt-6">
        {t('auth.noAccount')}{' '}
        <Link className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline" to="/signup">{t('auth.signUp')}</Link>
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
        <Link className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline" to="/login">{t('auth.logIn')}</Link>
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
