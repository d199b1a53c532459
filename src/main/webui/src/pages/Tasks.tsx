import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { ManualTask, ManualTaskStatus } from '../api/types';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, fieldError } from '../components/forms';
import { formatDateTime } from '../lib/format';
import { ApprovalTaskCard } from '../components/workflow/ApprovalDecision';

const STATUSES: ManualTaskStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'DISMISSED'];

/** The work that needs a person, most urgent first. */
export function TasksPage() {
  const { t, i18n } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  const [status, setStatus] = useState<ManualTaskStatus>('OPEN');
  const tasks = useQuery({
    queryKey: ['manual-tasks', business?.id, status],
    queryFn: () => api<ManualTask[]>(`/businesses/${business!.id}/manual-tasks?status=${status}`),
    enabled: !!business,
  });
  if (isLoading) return <Loading />;
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t('tasks.title')}</h1>
      <SelectField label={t('tasks.show')} value={status} onChange={(e) => setStatus(e.target.value as ManualTaskStatus)}
        options={STATUSES.map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))} />
      <ErrorAlert error={tasks.error} />
      {tasks.isLoading && <Loading />}
      {tasks.data?.length === 0 && <p className="text-slate-700">{t('tasks.none')}</p>}
      <ul className="space-y-3">
        {tasks.data?.map((task) => (
          <li key={task.id} className="rounded-lg border border-slate-300 bg-white p-4">
            <Link to={`/tasks/${task.id}`} className="inline-flex min-h-11 items-center text-lg font-semibold text-indigo-800 underline">{task.title}</Link>
            <p className="text-sm text-slate-700">
              {t(`priority.${task.priority}`, { defaultValue: task.priority })} ·{' '}
              {t('tasks.minutes', { count: task.estimatedMinutes })} · {formatDateTime(task.createdAt, i18n.language)}
            </p>
            {task.reason && <p className="mt-1 text-slate-800">{task.reason}</p>}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One task: why, the guidance as steps and a checklist, and start / complete / dismiss. */
export function TaskDetailPage() {
  const { t } = useTranslation();
  const { taskId } = useParams();
  const queries = useQueryClient();
  const task = useQuery({ queryKey: ['manual-task', taskId], queryFn: () => api<ManualTask>(`/manual-tasks/${taskId}`) });
  const [checked, setChecked] = useState<Record<number, boolean>>({});
  const [minutes, setMinutes] = useState('');
  const [reason, setReason] = useState('');
  const act = useMutation({
    mutationFn: ({ action, body }: { action: string; body?: unknown }) =>
      api<ManualTask>(`/manual-tasks/${taskId}/${action}`, { method: 'POST', body }),
    onSuccess: (updated) => {
      queries.setQueryData(['manual-task', taskId], { ...updated, guidance: task.data?.guidance });
      void queries.invalidateQueries({ queryKey: ['manual-tasks'] });
    },
  });

  if (task.isLoading) return <Loading />;
  if (!task.data) return <ErrorAlert error={task.error} />;
  const m = task.data;
  const g = m.guidance;
  const open = m.status === 'OPEN' || m.status === 'IN_PROGRESS';
  const busy = (action: string) => act.isPending && act.variables?.action === action;

  return (
    <div>
      <Link to="/tasks" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('tasks.back')}</Link>
      <h1 className="mt-2 mb-1 text-2xl font-bold">{m.title}</h1>
      <p className="mb-4 text-slate-700">
        {t(`taskStatus.${m.status}`)} · {t(`priority.${m.priority}`, { defaultValue: m.priority })} ·{' '}
        {t('tasks.minutes', { count: m.estimatedMinutes })}
      </p>
      {m.reason && <Card title={t('tasks.why')}><p>{m.reason}</p>{m.trigger && <p className="mt-2 text-sm text-slate-700">{m.trigger}</p>}</Card>}
      {g && (
        <Card title={t('tasks.howTo')}>
          <ol className="list-decimal space-y-1 ps-5">
            {g.steps.map((step, i) => <li key={i}>{step}</li>)}
          </ol>
          {g.checklist.length > 0 && (
            <fieldset className="mt-4">
              <legend className="font-semibold">{t('tasks.checklist')}</legend>
              {g.checklist.map((item, i) => (
                <label key={i} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" checked={!!checked[i]} onChange={(e) => setChecked({ ...checked, [i]: e.target.checked })} />
                  {item}
                </label>
              ))}
            </fieldset>
          )}
          {g.talkingPoints.length > 0 && (
            <>
              <h3 className="mt-4 font-semibold">{t('tasks.talkingPoints')}</h3>
              <ul className="list-disc ps-5">{g.talkingPoints.map((p, i) => <li key={i}>{p}</li>)}</ul>
            </>
          )}
          {g.potentialImpact && <p className="mt-3 text-sm text-slate-700">{g.potentialImpact}</p>}
        </Card>
      )}
      <ErrorAlert error={act.error} />
      {open && m.guidanceKey === 'workflow-approval' && (
        <ApprovalTaskCard taskId={m.id} reference={m.reference} onDecided={() => {
          void queries.invalidateQueries({ queryKey: ['manual-task', taskId] });
          void queries.invalidateQueries({ queryKey: ['manual-tasks'] });
        }} />
      )}
      {open && (
        <Card title={t('tasks.actions')}>
          {m.status === 'OPEN' && (
            <div className="mb-4"><Button busy={busy('start')} onClick={() => act.mutate({ action: 'start' })}>{t('tasks.start')}</Button></div>
          )}
          <form className="mb-4" noValidate onSubmit={(e) => {
            e.preventDefault();
            act.mutate({ action: 'complete', body: { minutesSpent: minutes.trim() === '' ? null : Number(minutes) } });
          }}>
            <Field label={t('tasks.minutesSpent')} inputMode="numeric" value={minutes} onChange={(e) => setMinutes(e.target.value)}
              error={fieldError(act.error, 'minutesSpent')} />
            <Button type="submit" busy={busy('complete')}>{t('tasks.complete')}</Button>
          </form>
          <form noValidate onSubmit={(e) => { e.preventDefault(); act.mutate({ action: 'dismiss', body: { reason } }); }}>
            <Field label={t('tasks.dismissReason')} value={reason} onChange={(e) => setReason(e.target.value)}
              error={fieldError(act.error, 'reason')} />
            <Button type="submit" variant="danger" busy={busy('dismiss')}>{t('tasks.dismiss')}</Button>
          </form>
        </Card>
      )}
      {m.status === 'DONE' && <p role="status">{t('tasks.doneIn', { count: m.minutesSpent ?? 0 })}</p>}
      {m.status === 'DISMISSED' && <p role="status">{t('tasks.dismissedBecause', { reason: m.dismissedReason })}</p>}
    </div>
  );
}
