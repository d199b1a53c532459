import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { PlanTask, PlanTaskStatus } from '../api/types';

const STATUS_STYLE: Record<PlanTaskStatus, string> = {
  PLANNED: 'bg-slate-200 text-slate-900',
  RUNNING: 'bg-sky-100 text-sky-950',
  DONE: 'bg-green-100 text-green-950',
  SIMULATED: 'bg-amber-100 text-amber-950',
  FAILED: 'bg-red-100 text-red-950',
  WITHHELD: 'bg-orange-100 text-orange-950',
  MANUAL: 'bg-violet-100 text-violet-950',
  BLOCKED: 'bg-red-100 text-red-950',
};

export function StatusBadge({ status }: { status: PlanTaskStatus }) {
  const { t } = useTranslation();
  return (
    <span data-status={status} className={`inline-block rounded-full px-2 py-0.5 text-sm font-semibold ${STATUS_STYLE[status] ?? ''}`}>
      {t(`planStatus.${status}`, { defaultValue: status })}
    </span>
  );
}

/** A day's tasks with their live status; a task a person took over links to it. */
export function PlanTaskList({ tasks, label }: { tasks: PlanTask[]; label: string }) {
  const { t } = useTranslation();
  if (!tasks.length) return <p className="text-slate-700">{t('home.nothingHere')}</p>;
  return (
    <ul aria-label={label} className="divide-y divide-slate-200">
      {tasks.map((task) => (
        <li key={task.id} className="py-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <span className="font-medium">{task.title}</span>
            <StatusBadge status={task.status} />
          </div>
          {task.channel && <p className="text-sm text-slate-600">{t(`channelKinds.${task.channel}`)}</p>}
          {task.detail && (
            // a post or reply is in the business's customers' language, which may differ from the reader's
            <p lang={task.detailLanguage ?? undefined} className="mt-1 line-clamp-3 text-sm text-slate-800">{task.detail}</p>
          )}
          {task.error && <p className="mt-1 text-sm text-red-800">{task.error}</p>}
          {task.manualTaskId && (
            <Link to={`/tasks/${task.manualTaskId}`} className="mt-1 inline-flex min-h-11 items-center text-sm font-semibold text-indigo-800 underline">
              {t('home.openTask')}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
