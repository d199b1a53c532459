import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { chooseConnections, finishCallback, type ConnectProvider, type FlowChoices } from '../api/connect';
import { Button, Card, ErrorAlert, Loading } from '../components/forms';
import { SandboxNote } from '../components/ConnectionForm';

/**
 * Where Facebook and Google send the browser back (/connect/{provider}/callback?code&state): the code and state go
 * to the service under the person's own session, then the person picks the Pages, Instagram accounts or location.
 */
export function ConnectCallbackPage() {
  const { t } = useTranslation();
  const { provider } = useParams<{ provider: ConnectProvider }>();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const [flow, setFlow] = useState<FlowChoices | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const [live, setLive] = useState(false);
  const [busy, setBusy] = useState(false);
  const sent = useRef(false);

  useEffect(() => {
    if (sent.current) return; // the state is single use: send it once, even when React runs effects twice
    sent.current = true;
    const params = new URLSearchParams(window.location.search);
    const code = params.get('code');
    const state = params.get('state');
    window.history.replaceState(null, '', window.location.pathname); // the code does not stay in the address bar
    if (!code || !state) {
      setError(new Error(params.get('error') ? t('connect.declined') : t('connect.missingCode')));
      return;
    }
    finishCallback(provider!, state, code).then((found) => {
      setFlow(found);
      setPicked(Object.fromEntries(found.choices.map((c) => [`${c.kind}:${c.id}`, found.choices.length === 1])));
    }, setError);
  }, [provider, t]);

  const choose = async () => {
    setBusy(true);
    setError(null);
    try {
      const choices = flow!.choices.filter((c) => picked[`${c.kind}:${c.id}`]).map((c) => ({ kind: c.kind, id: c.id }));
      await chooseConnections(flow!.flowId, choices, live);
      await queries.invalidateQueries({ queryKey: ['connections'] });
      navigate('/settings#channels');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const anyPicked = Object.values(picked).some(Boolean);
  return (
    <Card title={t('connect.pickTitle')}>
      <ErrorAlert error={error} />
      {error !== null && !flow && <p><Link className="inline-flex min-h-11 items-center text-indigo-800 underline" to="/settings#channels">{t('connect.startAgain')}</Link></p>}
      {!flow && error === null && <Loading label={t('connect.finishing')} />}
      {flow && flow.choices.length === 0 && <p>{t(`connect.nothingFound.${provider}`, { defaultValue: t('connect.nothingFound.facebook') })}</p>}
      {flow && flow.choices.length > 0 && (
        <>
          <p className="mb-3">{t('connect.pickExplain')}</p>
          <fieldset className="mb-4">
            <legend className="sr-only">{t('connect.pickTitle')}</legend>
            {flow.choices.map((c) => {
              const key = `${c.kind}:${c.id}`;
              return (
                <label key={key} className="flex min-h-11 items-center gap-2 py-1">
                  <input type="checkbox" checked={!!picked[key]} onChange={(e) => setPicked({ ...picked, [key]: e.target.checked })} />
                  <span>
                    <span className="font-medium">{c.name}</span> · {t(`channelKinds.${c.kind}`)}
                    {c.detail && <span className="text-slate-700"> · {c.detail}</span>}
                  </span>
                </label>
              );
            })}
          </fieldset>
          <SandboxNote />
          <label className="mb-4 flex min-h-11 items-center gap-2">
            <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} />
            {t('channels.goLive')}
          </label>
          <Button busy={busy} disabled={!anyPicked} onClick={() => void choose()}>{t('connect.connectPicked')}</Button>
        </>
      )}
    </Card>
  );
}
