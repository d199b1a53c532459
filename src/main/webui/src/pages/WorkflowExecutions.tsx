import { lazy, Suspense, useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Execution, StepRun, Workflow, WorkflowDefinition } from '../api/workflows';
import { Button, ErrorAlert, Loading, SelectField } from '../components/forms';
import { StepRunDetails, duration } from '../components/workflow/StepRunDetails';
import { definitionToGraph } from '../workflow/graph';
import { formatDateTime } from '../lib/format';
import { useWide } from '../lib/useWide';

const WorkflowCanvas = lazy(() => import('../components/workflow/WorkflowCanvas'));
const STATUSES = ['', 'RUNNING', 'WAITING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'SKIPPED'];
const OPEN = (s?: string) => s === 'RUNNING' || s === 'WAITING';

/** Every execution: status, trigger, started, duration; by status and workflow. */
export function WorkflowExecutionsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? '';
  const workflowId = params.get('workflowId') ?? '';
  const query = new URLSearchParams({ limit: '100', ...(status && { status }), ...(workflowId && { workflowId }) });
  const executions = useQuery({ queryKey: ['workflow-executions', status, workflowId], refetchInterval: 5000,
    queryFn: () => api<Execution[]>(`/workflow-executions?${query}`) });
  const workflows = useQuery({ queryKey: ['workflows'], queryFn: () => api<Workflow[]>('/workflows') });
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value); else next.delete(name);
    setParams(next);
  };
  return (
    <div>
      <Link to="/workflows" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('workflows.back')}</Link>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('workflows.executions')}</h1>
      <div className="grid gap-x-3 sm:grid-cols-2">
        <SelectField label={t('workflows.statusFilter')} value={status} onChange={(e) => set('status', e.target.value)}
          options={STATUSES.map((s) => ({ value: s, label: s ? t(`workflows.status.${s}`) : t('workflows.anyStatus') }))} />
        <SelectField label={t('workflows.workflowFilter')} value={workflowId} onChange={(e) => set('workflowId', e.target.value)}
          options={[{ value: '', label: t('workflows.anyWorkflow') }, ...(workflows.data ?? []).map((w) => ({ value: w.id, label: w.name }))]} />
      </div>
      <ErrorAlert error={executions.error} />
      {executions.isLoading && <Loading />}
      {executions.data?.length === 0 && <p className="text-slate-700">{t('workflows.noExecutions')}</p>}
      <ul className="space-y-2" aria-label={t('workflows.executions')}>
        {executions.data?.map((e) => (
          <li key={e.id} className="rounded-lg border border-slate-300 bg-white p-3">
            <Link to={`/workflows/executions/${e.id}`} className="inline-flex min-h-11 items-center font-semibold text-indigo-800 underline">{e.workflowName}</Link>
            <p className="text-sm text-slate-700">
              <StatusBadge status={e.status} /> · {e.sandbox ? `${t('workflows.testRun')} · ` : ''}{t(`workflows.triggers.${e.triggerType}`, { defaultValue: e.triggerType })} ·{' '}
              {formatDateTime(e.startedAt, i18n.language)}{e.finishedAt && <> · {duration(e.startedAt, e.finishedAt)}</>}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const colour = status === 'SUCCEEDED' ? 'text-green-800' : status === 'FAILED' ? 'text-red-800' : status === 'WAITING' ? 'text-sky-800' : 'text-slate-800';
  return <span className={`font-semibold ${colour}`}>{t(`workflows.status.${status}`, { defaultValue: status })}</span>;
}

/** One execution: its steps with status, timing, input and output (the graph on a desktop, a list on a phone). */
export function WorkflowExecutionPage() {
  const { t, i18n } = useTranslation();
  const { executionId } = useParams();
  const wide = useWide();
  const queries = useQueryClient();
  const execution = useQuery({
    queryKey: ['workflow-execution', executionId], queryFn: () => api<Execution>(`/workflow-executions/${executionId}`),
    refetchInterval: (q) => (OPEN(q.state.data?.status) ? 2000 : false),
  });
  const version = useQuery({
    queryKey: ['workflow-version', execution.data?.workflowId, execution.data?.version], enabled: wide && !!execution.data,
    queryFn: () => api<{ definition: WorkflowDefinition }>(`/workflows/${execution.data!.workflowId}/versions/${execution.data!.version}`),
  });
  const [selected, setSelected] = useState<string | null>(null);
  const act = useMutation({
    mutationFn: async ({ path, body, taskId }: { path: string; body?: unknown; taskId?: string | null }) => {
      const updated = await api<Execution>(`/workflow-executions/${executionId}/${path}`, { method: 'POST', body });
      if (taskId) await api(`/manual-tasks/${taskId}/complete`, { method: 'POST', body: { minutesSpent: 1 } }).catch(() => undefined);
      return updated;
    },
    onSuccess: (updated) => {
      queries.setQueryData(['workflow-execution', executionId], updated);
      void queries.invalidateQueries({ queryKey: ['workflow-execution', executionId] });
    },
  });
  const runs = useMemo(() => Object.fromEntries((execution.data?.steps ?? []).map((r) => [r.stepId, r])), [execution.data]);
  const graph = useMemo(() => version.data ? definitionToGraph(version.data.definition) : null, [version.data]);
  if (execution.isLoading) return <Loading />;
  if (!execution.data) return <ErrorAlert error={execution.error} />;
  const e = execution.data;
  const steps = e.steps ?? [];
  const shown = selected ? steps.filter((r) => r.stepId === selected) : steps;
  return (
    <div>
      <Link to="/workflows/executions" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('workflows.executions')}</Link>
      <h1 className="mt-2 mb-1 text-2xl font-bold">{e.workflowName}</h1>
      <p className="mb-1" role="status"><StatusBadge status={e.status} /> · {t('workflows.versionN', { version: e.version })} · {e.sandbox ? `${t('workflows.testRun')} · ` : ''}{t(`workflows.triggers.${e.triggerType}`, { defaultValue: e.triggerType })}</p>
      <p className="mb-3 text-sm text-slate-700">{formatDateTime(e.startedAt, i18n.language)}{e.finishedAt && <> · {duration(e.startedAt, e.finishedAt)}</>}</p>
      {e.error && <p className="mb-3 rounded-md border border-red-700 bg-red-50 p-2 text-red-900">{e.failedStep && <strong>{e.failedStep}: </strong>}{e.error}</p>}
      <ErrorAlert error={act.error} />
      <div className="mb-4 flex flex-wrap gap-2">
        {e.status === 'FAILED' && <Button busy={act.isPending && act.variables?.path === 'retry'} onClick={() => act.mutate({ path: 'retry' })}>{t('workflows.retry')}</Button>}
        {OPEN(e.status) && <Button variant="danger" busy={act.isPending && act.variables?.path === 'cancel'} onClick={() => act.mutate({ path: 'cancel' })}>{t('workflows.cancel')}</Button>}
      </div>
      {wide && graph && (
        <div className="mb-4 h-[50vh] rounded-lg border border-slate-300 bg-white">
          <Suspense fallback={<Loading />}>
            <WorkflowCanvas graph={graph} runs={runs} readOnly selected={selected} onSelect={setSelected} />
          </Suspense>
        </div>
      )}
      <ol className="space-y-3" aria-label={t('workflows.stepsOfExecution')}>
        {shown.map((run) => (
          <li key={run.stepKey} className="rounded-lg border border-slate-300 bg-white p-3">
            <p className="font-semibold">{run.stepKey} · {t(`workflows.types.${run.type}`, { defaultValue: run.type })}</p>
            <StepRunDetails run={run} />
            {OPEN(e.status) && <WaitingActions run={run} busy={act.isPending} onAct={(path, body, taskId) => act.mutate({ path, body, taskId })} />}
          </li>
        ))}
      </ol>
      {selected && <Button variant="secondary" onClick={() => setSelected(null)}>{t('workflows.allSteps')}</Button>}
    </div>
  );
}

/** What a person can do with a waiting step: decide an approval, or let a delay go on now. */
function WaitingActions({ run, busy, onAct }: { run: StepRun; busy: boolean; onAct: (path: string, body?: unknown, taskId?: string | null) => void }) {
  const { t } = useTranslation();
  if (run.status !== 'WAITING' || run.edge !== 'wait') return null;
  const key = encodeURIComponent(run.stepKey);
  if (run.type === 'approval') {
    const asked = run.output as { question?: string; taskId?: string } | null;
    return (
      <div className="rounded-md border border-indigo-300 bg-indigo-50 p-3">
        <p className="mb-2 font-semibold">{asked?.question}</p>
        <div className="flex flex-wrap gap-2">
          <Button disabled={busy} onClick={() => onAct(`approvals/${key}`, { decision: 'approve' }, asked?.taskId)}>{t('workflows.approve')}</Button>
          <Button variant="danger" disabled={busy} onClick={() => onAct(`approvals/${key}`, { decision: 'reject' }, asked?.taskId)}>{t('workflows.reject')}</Button>
        </div>
      </div>
    );
  }
  if (run.type === 'delay') {
    return <Button variant="secondary" disabled={busy} onClick={() => onAct(`delays/${key}/continue`)}>{t('workflows.continueNow')}</Button>;
  }
  return null;
}
