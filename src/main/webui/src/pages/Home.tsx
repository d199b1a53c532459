import { useEffect, useState } from 'react';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api/client';
import { chosenBusinessId, forgetChosenBusiness } from '../api/business';
import type { DayPlan, Home } from '../api/types';
import { Button, Card, ErrorAlert, Loading } from '../components/forms';
import { PlanTaskList } from '../components/PlanTaskList';
import { MetricsPanel } from '../components/MetricsPanel';
import { formatDate, formatDateTime } from '../lib/format';
import { useSocketOpen } from '../api/notifications';
import { takeEarlyBody } from '../api/early';
import { loadSession } from '../auth/session';

const POLL_MS = 2500;
const SAFETY_POLL_MS = 20_000;
const GIVE_UP_MS = 90_000;
const AUTOMATIC_DONE = ['DONE', 'SIMULATED'];
const STILL_TO_RUN = ['PLANNED', 'RUNNING'];

/** Under 'businesses', so whatever refreshes the businesses (onboarding, settings) refreshes Home too. */
export const HOME_KEY = ['businesses', 'home'];

function homePath(): string {
  const chosen = chosenBusinessId();
  return chosen ? `/home?businessId=${encodeURIComponent(chosen)}` : '/home';
}

/** Home as public/early-home.js already read it while the app was loading, if it did (then Home shows at once). */
function earlyHome(): Home | undefined {
  return takeEarlyBody<Home>(homePath(), loadSession()?.accessToken);
}

/** Home in one call; a remembered business that is gone (404) falls back to the first. */
async function loadHome(): Promise<Home> {
  const chosen = chosenBusinessId();
  try {
    return await api<Home>(homePath());
  } catch (e) {
    if (!chosen || !(e instanceof ApiError) || e.status !== 404) throw e;
    forgetChosenBusiness();
    return api<Home>('/home');
  }
}

/**
 * False until the screen has been drawn with `shown` true, then true: the figures below the plan are drawn once the
 * plan is on screen (on a slow phone the first render is the longest piece of work before anything useful shows).
 */
function useAfterFirstScreen(shown: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!shown || after) return;
    const timer = setTimeout(() => setAfter(true), 0);
    return () => clearTimeout(timer);
  }, [shown, after]);
  return after;
}

export function isInProgress(plan: DayPlan | undefined): boolean {
  return !!plan && (plan.status === 'RUNNING' || plan.tasks.some((t) => t.status === 'RUNNING'));
}

/** Today: the day's plan with live status, Run now, and what the automation did. */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const home = useQuery({ queryKey: HOME_KEY, queryFn: loadHome, initialData: earlyHome });
  const { isLoading, error } = home;
  const business = home.data?.businesses.find((b) => b.id === home.data?.businessId);
  const [runsBefore, setRunsBefore] = useState<number | null>(null);
  const figuresShown = useAfterFirstScreen(!!business);
  const businessId = business?.id;
  const live = useSocketOpen();
  useEffect(() => {
    // the other pages find the businesses without asking again
    if (home.data) queries.setQueryData(['businesses'], home.data.businesses);
  }, [home.data, queries]);

  const plan = useQuery({
    queryKey: ['plan', businessId],
    queryFn: () => api<DayPlan>(`/businesses/${businessId}/daily-plan`),
    enabled: !!businessId,
    initialData: home.data?.plan ?? undefined,
    initialDataUpdatedAt: home.dataUpdatedAt,
    // the socket's "plan.finished" refreshes it while the day runs and after Run now; without the socket, poll
    // (with it, only a slow safety net in case a message was lost)
    refetchInterval: (q) => (isInProgress(q.state.data) || runsBefore !== null ? (live ? SAFETY_POLL_MS : POLL_MS) : false),
  });
  const waitingForRun = runsBefore !== null && !!plan.data && (plan.data.runs <= runsBefore || isInProgress(plan.data));
  useEffect(() => {
    if (runsBefore === null) return;
    if (plan.data && !waitingForRun) {
      setRunsBefore(null);
      void queries.invalidateQueries({ queryKey: ['metrics', businessId] });
      void queries.invalidateQueries({ queryKey: HOME_KEY });
      void queries.invalidateQueries({ queryKey: ['manual-tasks', businessId] });
      return;
    }
    const giveUp = setTimeout(() => setRunsBefore(null), GIVE_UP_MS); // the run is queued; stop spinning
    return () => clearTimeout(giveUp);
  }, [runsBefore, waitingForRun, plan.data, businessId, queries]);

  const runNow = useMutation({
    mutationFn: () => api(`/businesses/${businessId}/daily-plan/run`, { method: 'POST' }),
    onMutate: () => setRunsBefore(plan.data?.runs ?? 0),
    onError: () => setRunsBefore(null),
    onSuccess: () => void queries.invalidateQueries({ queryKey: ['plan', businessId] }),
  });

  if (isLoading) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!business && home.isFetching) return <Loading />;
  if (!business) return <Navigate to="/onboarding" replace />;

  const tasks = plan.data?.tasks ?? [];
  const automatic = tasks.filter((x) => x.mode === 'AUTOMATED' && AUTOMATIC_DONE.includes(x.status));
  const toRun = tasks.filter((x) => STILL_TO_RUN.includes(x.status));
  const needsYou = tasks.filter((x) => !AUTOMATIC_DONE.includes(x.status) && !STILL_TO_RUN.includes(x.status));
  const finished = tasks.length - toRun.length;
  const running = waitingForRun || isInProgress(plan.data);

  return (
    <div>
      <h1 className="mb-1 text-2xl font-bold">{business.name}</h1>
      {plan.data && (
        <p className="mb-4 text-slate-700">
          {t('home.today', { date: formatDate(plan.data.date, i18n.language) })} ·{' '}
          <span data-testid="plan-status">{t(`dayStatus.${plan.data.status}`, { defaultValue: plan.data.status })}</span>
          {plan.data.scheduledFor && plan.data.status === 'NOT_STARTED' &&
            <> · {t('home.runsAt', { when: formatDateTime(plan.data.scheduledFor, i18n.language, plan.data.timeZone) })}</>}
        </p>
      )}
      <Card title={t('home.planTitle')}>
        <ErrorAlert error={plan.error ?? runNow.error} />
        <div className="mb-3 flex flex-wrap items-center gap-3">
          <Button onClick={() => runNow.mutate()} busy={running} busyLabel={t('home.running')}>{t('home.runNow')}</Button>
          {running && tasks.length > 0 && (
            <div className="flex min-w-48 flex-1 items-center gap-2">
              <progress className="h-2 flex-1" max={tasks.length} value={finished} aria-label={t('home.progress')} />
              <span className="text-sm">{finished}/{tasks.length}</span>
            </div>
          )}
        </div>
        {plan.data?.note && <p className="mb-3 text-sm text-slate-700">{plan.data.note}</p>}
        {plan.isLoading && <Loading />}
        {plan.data && tasks.length === 0 && <p className="text-slate-700">{t('home.noTasksYet')}</p>}
        {toRun.length > 0 && (
          <section className="mb-4">
            <h3 className="font-semibold">{t('home.toRun')}</h3>
            <PlanTaskList tasks={toRun} label={t('home.toRun')} />
          </section>
        )}
        {tasks.length > 0 && (
          <>
            <section className="mb-4">
              <h3 className="font-semibold">{t('home.doneAutomatically')}</h3>
              <PlanTaskList tasks={automatic} label={t('home.doneAutomatically')} />
            </section>
            <section>
              <h3 className="font-semibold">{t('home.needsYou')}</h3>
              <PlanTaskList tasks={needsYou} label={t('home.needsYou')} />
            </section>
          </>
        )}
      </Card>
      {figuresShown && <MetricsPanel businessId={business.id} timeZone={business.timeZone} week={home.data?.week}
        recentDays={home.data?.recentDays} />}
    </div>
  );
}
