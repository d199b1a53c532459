import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '../api/client';
import { useBusinesses, useCurrentBusiness } from '../api/business';
import type { Connection } from '../api/types';
import type { Execution, FieldErrorView, RecentEvent, StepDefinition, TriggerDefinition, Workflow, WorkflowRequest } from '../api/workflows';
import { Button, Card, ErrorAlert, Field, Loading, SelectField, TextArea } from '../components/forms';
import { StepForm } from '../components/workflow/StepForm';
import { TriggerForm } from '../components/workflow/TriggerForm';
import { DRAG_TYPE } from '../components/workflow/WorkflowCanvas';
import { StepRunDetails } from '../components/workflow/StepRunDetails';
import {
  TRIGGER_NODE, connect, definitionToGraph, disconnect, graphToDefinition, layout, newStepId, removeNode, renameNode,
  type Graph,
} from '../workflow/graph';
import { STEP_TYPES, stepType, type Handle } from '../workflow/stepTypes';
import { checkStep, checkTrigger, errorsByStep } from '../workflow/validate';
import { variablesAt } from '../workflow/variables';
import { compareDefinitions, type Comparison } from '../workflow/compare';
import { useWide } from '../lib/useWide';
import { formatDateTime } from '../lib/format';
import { eventWords } from '../workflow/words';
import { startTestRun, TRIGGER_TYPES } from '../api/workflows';

const WorkflowCanvas = lazy(() => import('../components/workflow/WorkflowCanvas'));

const EMPTY: Graph = definitionToGraph({ trigger: { type: 'manual' }, steps: [] });

/** The builder: the workflow as a graph to draw, each step's form, save / validate / publish / compare, test and watch. */
export default function WorkflowBuilderPage() {
  const { t } = useTranslation();
  const { workflowId } = useParams();
  const wide = useWide();
  const isNew = !workflowId || workflowId === 'new';
  const workflow = useQuery({ queryKey: ['workflow', workflowId], queryFn: () => api<Workflow>(`/workflows/${workflowId}`), enabled: !isNew });
  if (!isNew && workflow.isLoading) return <Loading />;
  if (!isNew && !workflow.data) return <ErrorAlert error={workflow.error} />;
  if (!wide) {
    return (
      <div>
        <Link to="/workflows" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('workflows.back')}</Link>
        <h1 className="mt-2 mb-2 text-2xl font-bold">{workflow.data?.name ?? t('workflows.newBlank')}</h1>
        <p role="status" className="mb-4 rounded-md border border-indigo-300 bg-indigo-50 p-3">{t('workflows.largerScreen')}</p>
        {workflow.data && <Link className="inline-flex min-h-11 items-center text-indigo-800 underline" to={`/workflows/executions?workflowId=${workflow.data.id}`}>{t('workflows.executions')}</Link>}
      </div>
    );
  }
  return <Builder key={workflow.data?.id ?? 'new'} initial={workflow.data} />;
}

function Builder({ initial }: { initial?: Workflow }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { business } = useCurrentBusiness();
  const businesses = useBusinesses();
  const [name, setName] = useState(initial?.name ?? '');
  const [businessId, setBusinessId] = useState<string>(initial ? initial.businessId ?? '' : business?.id ?? '');
  useEffect(() => { if (!initial && !businessId && business) setBusinessId(business.id); }, [business, businessId, initial]);
  const [graph, setGraph] = useState<Graph>(() => initial ? definitionToGraph(initial.draft) : EMPTY);
  const [selected, setSelected] = useState<string | null>(null);
  const location = useLocation();
  const [errors, setErrors] = useState<FieldErrorView[]>(() => (location.state as { errors?: FieldErrorView[] } | null)?.errors ?? []);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(initial?.publishedVersion ?? null);
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [payloadText, setPayloadText] = useState('{\n  "name": "Asha",\n  "phone": "+919812345678",\n  "source": "FORM"\n}');
  const [executionId, setExecutionId] = useState<string | null>(null);

  const connections = useQuery({ queryKey: ['connections'], queryFn: () => api<Connection[]>('/connections') });
  const followUps = useQuery({ queryKey: ['lead-follow-ups', businessId], enabled: !!businessId,
    queryFn: () => api<{ steps: { templateName?: string | null }[] }>(`/businesses/${businessId}/lead-follow-ups`) });
  const messageTemplates = [...new Set((followUps.data?.steps ?? []).map((s) => s.templateName).filter((n): n is string => !!n))];
  const trigger = graph.nodes.find((n) => n.id === TRIGGER_NODE)!.data.trigger!;
  const execution = useQuery({
    queryKey: ['workflow-execution', executionId], enabled: !!executionId,
    queryFn: () => api<Execution>(`/workflow-executions/${executionId}`),
    refetchInterval: (q) => (q.state.data?.status === 'RUNNING' || !q.state.data ? 1000 : q.state.data.status === 'WAITING' ? 3000 : false),
  });
  const runs = useMemo(() => Object.fromEntries((execution.data?.steps ?? []).map((r) => [r.stepId, r])), [execution.data]);
  const outputs = useMemo(() => Object.fromEntries((execution.data?.steps ?? []).map((r) => [r.stepId, r.output])), [execution.data]);
  const payload = useMemo(() => { try { return JSON.parse(payloadText) as Record<string, unknown>; } catch { return {}; } }, [payloadText]);
  const businessVars = useMemo(() => {
    const b = businesses.data?.find((x) => x.id === businessId);
    return b ? { id: b.id, name: b.name, category: b.category, city: b.city, timeZone: b.timeZone } : {};
  }, [businesses.data, businessId]);
  const { steps: stepErrors, other: otherErrors } = errorsByStep(errors);
  const errorSteps = useMemo(() => new Set(Object.keys(stepErrors)), [stepErrors]);
  const selectedNode = graph.nodes.find((n) => n.id === selected);

  const request = (): WorkflowRequest => ({ name: name.trim(), businessId: businessId || null, description: initial?.description ?? null,
    ...graphToDefinition(graph, { inputSchema: initial?.draft.inputSchema, output: initial?.draft.output }) });
  const browserErrors = () => [...checkTrigger(trigger), ...graph.nodes.filter((n) => n.data.step).flatMap((n) => checkStep(n.data.step!)),
    ...(name.trim() ? [] : [{ field: 'name', message: t('validation.required') }])];

  async function act(kind: string, work: () => Promise<void>) {
    setBusy(kind);
    setFailure(null);
    setNotice(null);
    try {
      await work();
    } catch (e) {
      if (e instanceof ApiError && e.problem.errors?.length) setErrors(e.problem.errors);
      setFailure(e);
    } finally {
      setBusy(null);
    }
  }
  const save = async (): Promise<string | null> => {
    const found = browserErrors();
    setErrors(found);
    if (found.length) { setNotice(t('workflows.fixErrors')); return null; }
    if (initial) {
      await api<Workflow>(`/workflows/${initial.id}`, { method: 'PUT', body: request() });
      return initial.id;
    }
    const created = await api<Workflow>('/workflows', { method: 'POST', body: request() });
    navigate(`/workflows/${created.id}`, { replace: true });
    return created.id;
  };
  const onSave = () => act('save', async () => { if (await save()) setNotice(t('workflows.saved')); });
  const onValidate = () => act('validate', async () => {
    const answer = await api<{ valid: boolean; errors: FieldErrorView[] }>('/workflows/validate', { method: 'POST', body: request() });
    setErrors([...browserErrors(), ...answer.errors]);
    setNotice(answer.valid ? t('workflows.valid') : t('workflows.invalid', { count: answer.errors.length }));
  });
  const onPublish = () => act('publish', async () => {
    const id = await save();
    if (!id) return;
    const answer = await api<{ version: number }>(`/workflows/${id}/publish`, { method: 'POST' });
    setPublished(answer.version);
    setNotice(t('workflows.publishedVersion', { version: answer.version }));
  });
  const onCompare = () => act('compare', async () => {
    if (!initial || !published) return;
    const version = await api<{ definition: WorkflowRequest }>(`/workflows/${initial.id}/versions/${published}`);
    setComparison(compareDefinitions(request(), version.definition));
  });
  const onRun = () => act('run', async () => {
    if (!initial) return;
    let body: unknown;
    try { body = JSON.parse(payloadText); } catch { setErrors([{ field: 'payload', message: t('workflows.notJson') }]); return; }
    const started = await startTestRun(initial.id, body);
    setExecutionId(started.executionId);
  });

  const update = (g: Graph) => setGraph(g);
  const setStep = (step: StepDefinition) => update({ ...graph, nodes: graph.nodes.map((n) => n.id === step.id ? { ...n, data: { step } } : n) });
  const setTrigger = (tr: TriggerDefinition) => update({ ...graph, nodes: graph.nodes.map((n) => n.id === TRIGGER_NODE ? { ...n, data: { trigger: tr } } : n) });
  const addStep = (type: string, position?: { x: number; y: number }) => {
    const id = newStepId(graph, type);
    const from = selectedNode ?? (graph.nodes.length === 1 ? graph.nodes[0] : undefined);
    const at = position ?? (from ? { x: from.position.x, y: from.position.y + 140 } : { x: 0, y: graph.nodes.length * 140 });
    let next: Graph = { ...graph, nodes: [...graph.nodes, { id, type: 'step', position: at, data: { step: { id, type, settings: {} } } }] };
    if (from && !position) {
      const handles = from.type === 'trigger' ? ['start'] : stepType(from.data.step!.type)?.handles ?? [];
      const free = handles.find((h) => h !== 'onError' && !graph.edges.some((e) => e.source === from.id && e.sourceHandle === h));
      if (free) next = connect(next, from.id, free as Handle, id);
    }
    update(next);
    setSelected(id);
  };
  const targetsOf = (id: string) => {
    const out: Partial<Record<Handle, string[]>> = {};
    graph.edges.filter((e) => e.source === id && e.sourceHandle !== 'start').forEach((e) => {
      const h = e.sourceHandle as Handle;
      out[h] = [...(out[h] ?? []), e.target];
    });
    return out;
  };
  const variables = variablesAt(graph, selectedNode?.type === 'step' ? selectedNode.id : null, payload, outputs, businessVars);

  return (
    <div className="lg:relative lg:start-1/2 lg:w-[96vw] lg:-translate-x-1/2 lg:rtl:translate-x-1/2">
      <Link to="/workflows" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('workflows.back')}</Link>
      <div className="mt-2 mb-3 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1"><Field label={t('workflows.name')} value={name} onChange={(e) => setName(e.target.value)}
          error={errors.find((e) => e.field === 'name')?.message} /></div>
        <div className="min-w-48"><SelectField label={t('workflows.business')} value={businessId} onChange={(e) => setBusinessId(e.target.value)}
          error={errors.find((e) => e.field === 'businessId')?.message}
          options={[{ value: '', label: t('workflows.wholeAccount') }, ...(businesses.data ?? []).map((b) => ({ value: b.id, label: b.name }))]} /></div>
        <div className="mb-4 flex flex-wrap gap-2">
          <Button onClick={onSave} busy={busy === 'save'}>{t('workflows.saveDraft')}</Button>
          <Button variant="secondary" onClick={onValidate} busy={busy === 'validate'}>{t('workflows.validate')}</Button>
          <Button variant="secondary" onClick={onPublish} busy={busy === 'publish'}>{t('workflows.publish')}</Button>
          {initial && published && <Button variant="secondary" onClick={onCompare} busy={busy === 'compare'}>{t('workflows.compare')}</Button>}
          <Button variant="secondary" onClick={() => update(layout(graph))}>{t('workflows.autoLayout')}</Button>
        </div>
      </div>
      <p className="mb-2 text-sm text-slate-700">
        {published ? t('workflows.publishedAs', { version: published }) : t('workflows.notPublished')}
      </p>
      {notice && <p role="status" className="mb-2 font-semibold text-indigo-900">{notice}</p>}
      <ErrorAlert error={failure} />
      {otherErrors.filter((e) => e.field !== 'name' && e.field !== 'businessId' && !e.field.startsWith('trigger')).length > 0 && (
        <ul role="alert" className="mb-3 rounded-md border border-red-700 bg-red-50 p-2 text-sm text-red-900">
          {otherErrors.filter((e) => e.field !== 'name' && e.field !== 'businessId' && !e.field.startsWith('trigger')).map((e) => <li key={e.field + e.message}>{e.field}: {e.message}</li>)}
        </ul>
      )}
      {comparison && <ComparisonView comparison={comparison} version={published!} />}
      <div className="grid grid-cols-[9rem_1fr_18rem] gap-3 lg:grid-cols-[11rem_1fr_24rem]">
        <Palette onAdd={(type) => addStep(type)} onTrigger={(type) => { setTrigger({ type }); setSelected(TRIGGER_NODE); }} />
        <div className="h-[70vh] rounded-lg border border-slate-300 bg-white" data-testid="canvas">
          <Suspense fallback={<Loading />}>
            <WorkflowCanvas graph={graph} selected={selected} runs={runs} errorSteps={errorSteps}
              onSelect={setSelected}
              onMove={(id, position) => setGraph((g) => ({ ...g, nodes: g.nodes.map((n) => n.id === id ? { ...n, position } : n) }))}
              onConnect={(source, handle, target) => update(connect(graph, source, handle, target))}
              onDeleteEdge={(e) => update(disconnect(graph, e.source, e.sourceHandle, e.target))}
              onDeleteNode={(id) => { update(removeNode(graph, id)); setSelected(null); }}
              onDropType={(type, position) => addStep(type, position)} />
          </Suspense>
        </div>
        <aside className="max-h-[70vh] overflow-y-auto rounded-lg border border-slate-300 bg-white p-3" aria-label={t('workflows.details')}>
          {selectedNode?.type === 'trigger' && (
            <TriggerForm trigger={trigger} variables={variablesAt(graph, null, payload, outputs, businessVars)}
              errors={Object.fromEntries(errors.filter((e) => e.field.startsWith('trigger')).map((e) => [e.field, e.message]))} onChange={setTrigger} />
          )}
          {selectedNode?.type === 'step' && (
            <StepForm step={selectedNode.data.step!} errors={stepErrors[selectedNode.id]}
              otherSteps={graph.nodes.filter((n) => n.type === 'step' && n.id !== selectedNode.id).map((n) => n.id)}
              targets={targetsOf(selectedNode.id)} connections={(connections.data ?? []).filter((c) => !businessId || c.businessId === businessId)}
              messageTemplates={messageTemplates} variables={variables} run={runs[selectedNode.id]}
              onChange={setStep}
              onRename={(to) => {
                if (!to.trim() || graph.nodes.some((n) => n.id === to)) return;
                update(renameNode(graph, selectedNode.id, to));
                setSelected(to);
              }}
              onConnect={(handle, target, on) => update(target === null ? disconnect(graph, selectedNode.id, handle)
                : on === false ? disconnect(graph, selectedNode.id, handle, target) : connect(graph, selectedNode.id, handle, target))}
              onDelete={() => { update(removeNode(graph, selectedNode.id)); setSelected(null); }} />
          )}
          {!selectedNode && <p className="text-slate-700">{t('workflows.pickAStep')}</p>}
          <TestPanel trigger={trigger} payloadText={payloadText} setPayloadText={setPayloadText} canRun={!!initial && !!published}
            onRun={onRun} busy={busy === 'run'} execution={execution.data} payloadError={errors.find((e) => e.field === 'payload')?.message} />
        </aside>
      </div>
    </div>
  );
}

function Palette({ onAdd, onTrigger }: { onAdd: (type: string) => void; onTrigger: (type: string) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('workflows.palette')} className="max-h-[70vh] overflow-y-auto rounded-lg border border-slate-300 bg-white p-2 text-sm">
      <h2 className="mb-1 font-semibold">{t('workflows.triggersHeading')}</h2>
      <ul className="mb-3 space-y-1">
        {TRIGGER_TYPES.map((type) => (
          <li key={type}><button type="button" onClick={() => onTrigger(type)}
            className="w-full rounded border border-slate-300 px-2 py-1 text-start hover:bg-indigo-50">{t(`workflows.triggers.${type}`)}</button></li>
        ))}
      </ul>
      <h2 className="mb-1 font-semibold">{t('workflows.stepsHeading')}</h2>
      <ul className="space-y-1">
        {STEP_TYPES.map((s) => (
          <li key={s.type}>
            <button type="button" draggable onDragStart={(e) => e.dataTransfer.setData(DRAG_TYPE, s.type)} onClick={() => onAdd(s.type)}
              aria-label={t('workflows.addStep', { type: t(`workflows.types.${s.type}`) })}
              className="w-full cursor-grab rounded border border-slate-300 px-2 py-1 text-start hover:bg-indigo-50">{t(`workflows.types.${s.type}`)}</button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ComparisonView({ comparison, version }: { comparison: Comparison; version: number }) {
  const { t } = useTranslation();
  const none = !comparison.added.length && !comparison.removed.length && !comparison.changed.length && !comparison.triggerChanged;
  return (
    <Card title={t('workflows.comparedWith', { version })}>
      {none && <p>{t('workflows.noChanges')}</p>}
      {comparison.triggerChanged && <p>{t('workflows.triggerChanged')}</p>}
      {comparison.added.length > 0 && <p>{t('workflows.added')}: {comparison.added.join(', ')}</p>}
      {comparison.removed.length > 0 && <p>{t('workflows.removed')}: {comparison.removed.join(', ')}</p>}
      {comparison.changed.length > 0 && <p>{t('workflows.changed')}: {comparison.changed.join(', ')}</p>}
    </Card>
  );
}

export function TestPanel({ trigger, payloadText, setPayloadText, canRun, onRun, busy, execution, payloadError }: {
  trigger: TriggerDefinition; payloadText: string; setPayloadText: (v: string) => void; canRun: boolean; onRun: () => void;
  busy: boolean; execution?: Execution; payloadError?: string;
}) {
  const { t, i18n } = useTranslation();
  const topic = trigger.type === 'event' || trigger.type === 'ai' ? trigger.event : null;
  const events = useQuery({ queryKey: ['workflow-events', topic], enabled: !!topic,
    queryFn: () => api<RecentEvent[]>(`/workflow-events?topic=${encodeURIComponent(topic!)}&limit=10`) });
  return (
    <section className="mt-4 border-t border-slate-300 pt-3" aria-label={t('workflows.testAndWatch')}>
      <h2 className="mb-2 text-lg font-semibold">{t('workflows.testAndWatch')}</h2>
      {topic && (
        <SelectField label={t('workflows.recentEvent')} value="" onChange={(e) => {
          const found = events.data?.find((ev) => ev.id === e.target.value);
          if (found) setPayloadText(JSON.stringify(found.payload, null, 2));
        }} options={[{ value: '', label: events.data?.length ? t('workflows.pickEvent') : t('workflows.noEvents') },
          ...(events.data ?? []).map((ev) => ({ value: ev.id, label: `${eventWords(t, ev.topic)} · ${formatDateTime(ev.createdAt, i18n.language)}` }))]} />
      )}
      <TextArea label={t('workflows.testPayload')} rows={5} dir="ltr" value={payloadText} onChange={setPayloadText} error={payloadError} />
      <p className="mb-2 text-sm text-slate-700">{t('workflows.testNote')}</p>
      <Button onClick={onRun} busy={busy} disabled={!canRun}>{t('workflows.runTest')}</Button>
      {!canRun && <p className="mt-1 text-sm text-slate-700">{t('workflows.publishFirst')}</p>}
      {execution && (
        <div className="mt-3">
          <p role="status" className="font-semibold">{t('workflows.executionIs', { status: t(`workflows.status.${execution.status}`) })}</p>
          <Link className="inline-flex min-h-11 items-center text-indigo-800 underline" to={`/workflows/executions/${execution.id}`}>{t('workflows.openExecution')}</Link>
          {execution.error && <p className="text-red-800">{execution.error}</p>}
          {(execution.steps ?? []).map((r) => <div key={r.stepKey}><p className="font-mono text-xs">{r.stepKey}</p><StepRunDetails run={r} /></div>)}
        </div>
      )}
    </section>
  );
}
