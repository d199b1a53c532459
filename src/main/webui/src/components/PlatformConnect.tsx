import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { connectOptions, finishWhatsApp, startFlow, type ConnectProvider } from '../api/connect';
import type { Connection } from '../api/types';
import { embeddedSignup, loadFacebookSdk } from '../lib/metaSdk';
import { Button, ErrorAlert } from './forms';

/**
 * "Connect with Facebook", "Connect WhatsApp", "Connect Google" when the operator configured those flows; the
 * typed form (children) under "Enter details by hand". Without any flow configured, only the typed form.
 */
export function PlatformConnect({ businessId, onSaved, children }:
  { businessId: string; onSaved: (c: Connection) => void; children: ReactNode }) {
  const { t } = useTranslation();
  const options = useQuery({ queryKey: ['connect-options'], queryFn: connectOptions, staleTime: Infinity });
  const [busy, setBusy] = useState<ConnectProvider | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const o = options.data;
  if (!o || (!o.facebook && !o.whatsapp && !o.google)) return <>{children}</>;

  const redirect = async (provider: ConnectProvider) => {
    setBusy(provider);
    setError(null);
    try {
      const started = await startFlow(businessId, provider);
      window.location.assign(started.authorizationUrl!);
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const whatsapp = async () => {
    setBusy('whatsapp');
    setError(null);
    setNotice(null);
    try {
      const sdk = await loadFacebookSdk(o.metaAppId!, o.graphVersion);
      const started = await startFlow(businessId, 'whatsapp');
      const result = await embeddedSignup(sdk, o.whatsappConfigId!);
      if (!result) {
        setNotice(t('connect.cancelled'));
        return;
      }
      onSaved(await finishWhatsApp({ state: started.state, ...result }));
      setNotice(t('connect.whatsappDone'));
    } catch (err) {
      setError(err instanceof Error && err.message === 'sdk' ? new Error(t('connect.sdkFailed')) : err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div>
      <p className="mb-3 text-slate-700">{t('connect.explain')}</p>
      <ErrorAlert error={error} />
      {notice && <p role="status" className="mb-3">{notice}</p>}
      <div className="mb-4 flex flex-wrap gap-2">
        {o.facebook && <Button busy={busy === 'facebook'} onClick={() => void redirect('facebook')}>{t('connect.facebook')}</Button>}
        {o.whatsapp && <Button busy={busy === 'whatsapp'} onClick={() => void whatsapp()}>{t('connect.whatsapp')}</Button>}
        {o.google && <Button busy={busy === 'google'} onClick={() => void redirect('google')}>{t('connect.google')}</Button>}
      </div>
      <details className="rounded-md border border-slate-300 p-3">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">{t('connect.byHand')}</summary>
        <div className="mt-3">{children}</div>
      </details>
    </div>
  );
}
