import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { Execution, FieldErrorView, Workflow, WorkflowTemplate } from '../api/workflows';
import { Button, Card, ErrorAlert, Loading } from '../components/forms';
import { formatDateTime } from '../lib/format';
import { triggerWords } from '../workflow/words';

/** The workflows with an on/off switch and their last execution; new ones from a template or blank. */
export function WorkflowsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const { business } = useCurrentBusiness();
  const workflows = useQuery({ queryKey: ['workflows'], queryFn: () => api<Workflow[]>('/workflows') });
  const executions = useQuery({ queryKey: ['workflow-executions', 'latest'], queryFn: () => api<Execution[]>('/workflow-executions?limit=200') });
  const templates = useQuery({ queryKey: ['workflow-templates'], queryFn: () => api<WorkflowTemplate[]>('/workflow-templates') });
  const [copyErrors, setCopyErrors] = useState<FieldErrorView[] | null>(null);
  const toggle = useMutation({
    mutationFn: (w: Workflow) => api<Workflow>(`/workflows/${w.id}/${w.status === 'ACTIVE' ? 'pause' : 'resume'}`, { method: 'POST' }),
    onSuccess: () => queries.invalidateQueries({ queryKey: ['workflows'] }),
  });
  const copy = useMutation({
    mutationFn: (templateId: string) => api<{ workflow: Workflow; errors: FieldErrorView[] }>(`/workflow-templates/${templateId}/copy`,
      { method: 'POST', body: { businessId: business?.id ?? null } }),
    onSuccess: (answer) => {
      setCopyErrors(answer.errors);
      void queries.invalidateQueries({ queryKey: ['workflows'] });
      navigate(`/workflows/${answer.workflow.id}`, { state: { errors: answer.errors } });
    },
  });
  const last = (id: string) => executions.data?.find((e) => e.workflowId === id);

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{t('workflows.title')}</h1>
        <Link to="/workflows/executions" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('workflows.executions')}</Link>
      </div>
      <p className="mb-4 text-slate-700">{t('workflows.intro')}</p>
      <ErrorAlert error={workflows.error ?? toggle.error ?? copy.error} />
      {copyErrors && copyErrors.length > 0 && <p role="status">{t('workflows.toFill', { count: copyErrors.length })}</p>}
      {workflows.isLoading && <Loading />}
      {workflows.data?.length === 0 && <p className="mb-4 text-slate-700">{t('workflows.none')}</p>}
      <ul className="mb-6 space-y-3" aria-label={t('workflows.title')}>
        {workflows.data?.map((w) => {
          const run = last(w.id);
          const on = w.status === 'ACTIVE';
          return (
            <li key={w.id} className="rounded-lg border border-slate-300 bg-white p-4">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <Link to={`/workflows/${w.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-indigo-800 underline">{w.name}</Link>
                  <p className="text-sm text-slate-700" title={w.draft?.trigger?.event ?? undefined}>
                    {t('workflows.startsWhen', { trigger: triggerWords(t, w.draft?.trigger) })}
                  </p>
                  <p className="text-sm text-slate-700">
                    {w.publishedVersion ? t('workflows.publishedAs', { version: w.publishedVersion }) : t('workflows.draftOnly')}
                    {' · '}{on ? t('workflows.on') : t('workflows.paused')}
                  </p>
                  <p className="text-sm text-slate-700">
                    {run ? <Link className="inline-flex min-h-11 items-center underline" to={`/workflows/executions/${run.id}`}>
                      {t('workflows.lastRun', { status: t(`workflows.status.${run.status}`), when: formatDateTime(run.startedAt, i18n.language) })}
                    </Link> : t('workflows.neverRan')}
                  </p>
                </div>
                <label className="flex min-h-11 shrink-0 cursor-pointer items-center gap-2">
                  <span className="text-sm">{on ? t('workflows.on') : t('workflows.off')}</span>
                  <input type="checkbox" role="switch" className="size-6" checked={on} disabled={toggle.isPending}
                    aria-label={t('workflows.switch', { name: w.name })} onChange={() => toggle.mutate(w)} />
                </label>
              </div>
            </li>
          );
        })}
      </ul>
      <Card title={t('workflows.new')}>
        <Button onClick={() => navigate('/workflows/new')}>{t('workflows.newBlank')}</Button>
        <h3 className="mt-4 mb-2 font-semibold">{t('workflows.fromTemplate')}</h3>
        {templates.isLoading && <Loading />}
        <ul className="space-y-3">
          {templates.data?.map((tpl) => (
            <li key={tpl.id} className="rounded-md border border-slate-300 p-3">
              <p className="font-semibold">{t(`workflows.templates.${tpl.id}.name`, { defaultValue: tpl.name })}</p>
              <p className="mb-2 text-sm text-slate-700">{t(`workflows.templates.${tpl.id}.description`, { defaultValue: tpl.description })}</p>
              {/* the button says which template it takes, so what is read out is what is shown */}
              <Button variant="secondary" busy={copy.isPending && copy.variables === tpl.id} onClick={() => copy.mutate(tpl.id)}>
                {t('workflows.useTemplate', { name: t(`workflows.templates.${tpl.id}.name`, { defaultValue: tpl.name }) })}</Button>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
