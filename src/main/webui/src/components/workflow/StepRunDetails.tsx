import { useTranslation } from 'react-i18next';
import type { StepRun } from '../../api/workflows';
import { formatDateTime } from '../../lib/format';
import { edgeWords } from '../../workflow/words';

export const RUN_COLOURS: Record<string, string> = {
  RUNNING: 'border-amber-500 bg-amber-50',
  WAITING: 'border-sky-600 bg-sky-50',
  SUCCEEDED: 'border-green-700 bg-green-50',
  FAILED: 'border-red-700 bg-red-50',
};

/** How long a run took, in words the owner reads ("1.2 s", "3 min"). */
export function duration(from: string, to?: string | null): string {
  if (!to) return '';
  const ms = new Date(to).getTime() - new Date(from).getTime();
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min`;
  return `${(ms / 3_600_000).toFixed(1)} h`;
}

/** A message that a sandbox connection only recorded. */
export function wouldHaveBeenSent(run: StepRun): boolean {
  const output = run.output as { status?: string } | null | undefined;
  return run.type === 'notification' && output?.status === 'SIMULATED';
}

/** One step run: status, attempt, timing, input, output or error. */
export function StepRunDetails({ run }: { run: StepRun }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`mb-4 rounded-md border-s-4 p-2 text-sm ${RUN_COLOURS[run.status] ?? ''}`} data-testid={`run-${run.stepKey}`}>
      <p className="font-semibold">
        {t(`workflows.runStatus.${run.status}`)}
        {run.attempt > 1 && <> · {t('workflows.attempt', { n: run.attempt })}</>}
        {run.edge && run.status !== 'WAITING' && <> · {t('workflows.tookEdge', { edge: edgeWords(t, run.edge) })}</>}
      </p>
      <p className="text-slate-700">
        {formatDateTime(run.startedAt, i18n.language)}
        {run.finishedAt && <> · {duration(run.startedAt, run.finishedAt)}</>}
        {run.status === 'WAITING' && run.waitUntil && <> · {t('workflows.waitsUntil', { when: formatDateTime(run.waitUntil, i18n.language) })}</>}
      </p>
      {wouldHaveBeenSent(run) && <p className="mt-1 font-semibold text-indigo-900">{t('workflows.wouldHaveBeenSent')}</p>}
      {run.error && <p className="mt-1 font-medium text-red-800">{run.error}</p>}
      <details className="mt-1">
        <summary className="min-h-11 cursor-pointer py-2 font-medium text-indigo-800">{t('workflows.inputOutput')}</summary>
        <p className="font-medium">{t('workflows.input')}</p>
        <pre className="overflow-x-auto rounded bg-white p-2 text-xs">{JSON.stringify(run.input ?? null, null, 2)}</pre>
        <p className="mt-1 font-medium">{t('workflows.output')}</p>
        <pre className="overflow-x-auto rounded bg-white p-2 text-xs">{JSON.stringify(run.output ?? null, null, 2)}</pre>
      </details>
    </div>
  );
}
