import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { isTraining, type AnalyticsModel, type ModelVersion } from '../../api/analytics';
import { formatDate, formatNumber } from '../../lib/format';
import { Button, Card, Loading } from '../forms';
import { holdoutWords } from './holdoutWords';
import { LifecycleProblem } from './LifecycleProblem';
import { NewModelForm } from './NewModelForm';

const MODELS = ['analytics-models'];
const POLL_MS = 1500;

/** The models of the business with their whole lifecycle: create, train (live progress), cancel, deploy, roll back, retire. */
export function ModelsPanel({ models, businessId, currency }: { models: AnalyticsModel[]; businessId: string; currency: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [opened, setOpened] = useState<string | null>(null);
  return (
    <Card title={t('analytics.models')}>
      {adding ? (
        <NewModelForm businessId={businessId} onDone={(created) => {
          setAdding(false);
          if (created) setOpened(created.id);
        }} />
      ) : (
        <div className="mb-3"><Button variant="secondary" onClick={() => setAdding(true)}>{t('analytics.new.open')}</Button></div>
      )}
      {models.length === 0 ? <p>{t('analytics.noModels')}</p> : (
        <ul className="space-y-3" aria-label={t('analytics.models')}>
          {models.map((m) => (
            <ModelItem key={m.id} model={m} currency={currency} startOpen={opened === m.id} />
          ))}
        </ul>
      )}
    </Card>
  );
}

function ModelItem({ model, currency, startOpen }: { model: AnalyticsModel; currency: string; startOpen: boolean }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [open, setOpen] = useState(startOpen || isTraining(model.latestVersion));
  const [confirmRetire, setConfirmRetire] = useState(false);
  const refresh = () => {
    void queries.invalidateQueries({ queryKey: MODELS });
    void queries.invalidateQueries({ queryKey: ['analytics-versions', model.id] });
  };
  const train = useMutation({
    mutationFn: () => api<ModelVersion>(`/analytics/models/${model.id}/train`, { method: 'POST' }),
    onSuccess: () => {
      setOpen(true);
      refresh();
    },
  });
  const retire = useMutation({
    mutationFn: () => api<AnalyticsModel>(`/analytics/models/${model.id}/retire`, { method: 'POST' }),
    onSuccess: () => {
      setConfirmRetire(false);
      refresh();
    },
  });
  const retired = model.status === 'RETIRED';
  const servingWords = holdoutWords(model.deployedMetrics, model.target, currency, t, i18n.language);
  const titleId = `model-${model.id}`;
  return (
    <li className="rounded-md border border-slate-200 p-3" aria-labelledby={titleId}>
      <h3 id={titleId} className="font-semibold break-words">{model.name}</h3>
      <p className="text-sm text-slate-700">
        {t(`analytics.kinds.${model.kind}`, { defaultValue: model.kind })}
        {' · '}{t(`analytics.metrics.${model.target}`, { defaultValue: model.target })}
        {' · '}{t(`analytics.modelStatus.${model.status}`, { defaultValue: model.status })}
        {model.deployedVersion != null && ` · ${t('analytics.servingVersion', { number: model.deployedVersion })}`}
      </p>
      {servingWords && <p className="mt-1 text-sm">{servingWords}</p>}
      <LifecycleProblem error={train.error ?? retire.error} />
      {!retired && (
        <div className="mt-2 flex flex-wrap gap-2">
          <Button busy={train.isPending} onClick={() => train.mutate()} disabled={isTraining(model.latestVersion)}
            label={t('analytics.trainFor', { name: model.name })}>{t('analytics.train')}</Button>
          {confirmRetire ? (
            <>
              <Button variant="danger" busy={retire.isPending} onClick={() => retire.mutate()}>{t('analytics.retireConfirm')}</Button>
              <Button variant="secondary" onClick={() => setConfirmRetire(false)}>{t('analytics.keep')}</Button>
            </>
          ) : (
            <Button variant="danger" onClick={() => setConfirmRetire(true)} label={t('analytics.retireFor', { name: model.name })}>
              {t('analytics.retire')}
            </Button>
          )}
        </div>
      )}
      {confirmRetire && <p className="mt-1 text-sm">{t('analytics.retireWhat')}</p>}
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}
        className="mt-2 min-h-11 text-start font-medium text-indigo-800 underline">
        {t(open ? 'analytics.hideVersions' : 'analytics.showVersions')}
      </button>
      {open && <VersionList model={model} currency={currency} onChange={refresh} />}
    </li>
  );
}

/** The model's versions, newest first; polls while a training is queued or running and refreshes the model after. */
function VersionList({ model, currency, onChange }: { model: AnalyticsModel; currency: string; onChange: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queries = useQueryClient();
  const wasTraining = useRef(false);
  const versions = useQuery({
    queryKey: ['analytics-versions', model.id],
    queryFn: () => api<ModelVersion[]>(`/analytics/models/${model.id}/versions`),
    refetchInterval: (query) => (query.state.data?.some(isTraining) ? POLL_MS : false),
  });
  const training = versions.data?.some(isTraining) ?? false;
  useEffect(() => {
    if (wasTraining.current && !training) void queries.invalidateQueries({ queryKey: MODELS }); // a training just ended
    wasTraining.current = training;
  }, [training, queries]);
  const act = useMutation({
    mutationFn: ({ action, number }: { action: 'deploy' | 'cancel'; number: number }) => action === 'deploy'
      ? api(`/analytics/models/${model.id}/deploy`, { body: { version: number } })
      : api(`/analytics/models/${model.id}/versions/${number}/cancel`, { method: 'POST' }),
    onSuccess: onChange,
  });
  const busy = (action: string, number: number) =>
    act.isPending && act.variables?.action === action && act.variables.number === number;
  if (versions.isLoading) return <Loading />;
  const list = versions.data ?? [];
  return (
    <div className="mt-2">
      <LifecycleProblem error={versions.error ?? act.error} />
      {list.length === 0 && <p className="text-sm">{t('analytics.noVersions')}</p>}
      <ol className="space-y-2" aria-label={t('analytics.versionsOf', { name: model.name })}>
        {list.map((v) => {
          const words = v.status === 'TRAINED' ? holdoutWords(v.metrics, model.target, currency, t, lang) : null;
          const deployable = v.status === 'TRAINED' && !v.deployed && model.status !== 'RETIRED';
          const rollBack = model.deployedVersion != null && v.number < model.deployedVersion;
          return (
            <li key={v.number} className="rounded border border-slate-100 bg-slate-50 p-2 text-sm">
              <p className="font-medium">
                {t('analytics.versionN', { number: v.number })}
                {' · '}{t(`analytics.versionStatus.${v.status}`, { defaultValue: v.status })}
                {v.deployed && ` · ${t('analytics.inUse')}`}
              </p>
              {isTraining(v) && (
                <div role="status" className="mt-1">
                  <progress className="w-full" max={100} value={v.progress}
                    aria-label={t('analytics.progressOf', { number: v.number })} />
                  <span>{t('analytics.progress', { value: formatNumber(v.progress, lang, 0) })}</span>
                </div>
              )}
              {v.dataFrom && v.dataTo && (
                <p>{t('analytics.dataRange', { from: formatDate(v.dataFrom, lang), to: formatDate(v.dataTo, lang), rows: formatNumber(v.rowCount, lang, 0) })}</p>
              )}
              {words && <p className="mt-1">{words}</p>}
              {v.status === 'FAILED' && v.error && <p className="mt-1 text-red-800">{v.error}</p>}
              <div className="mt-1 flex flex-wrap gap-2">
                {isTraining(v) && (
                  <Button variant="secondary" busy={busy('cancel', v.number)} onClick={() => act.mutate({ action: 'cancel', number: v.number })}>
                    {t('analytics.cancelTraining')}
                  </Button>
                )}
                {deployable && (
                  <Button variant={rollBack ? 'secondary' : 'primary'} busy={busy('deploy', v.number)}
                    onClick={() => act.mutate({ action: 'deploy', number: v.number })}>
                    {t(rollBack ? 'analytics.rollBackTo' : 'analytics.useVersion', { number: v.number })}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
