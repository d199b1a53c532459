import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Appointment, AppointmentChange } from '../api/reminders';
import { ContactName } from '../components/CustomerFields';
import { Button, Card, ErrorAlert, Field, Loading } from '../components/forms';
import { formatDateTime } from '../lib/format';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';
import { toLocalStart } from '../lib/zoned';
import { StatusBadge } from './Appointments';

type Action = 'cancel' | 'complete' | 'no-show';

/** One appointment: its status, reminders still to go out, every change; reschedule, cancel, complete, no-show. */
export function AppointmentPage() {
  const { t, i18n } = useTranslation();
  const { appointmentId } = useParams();
  const queries = useQueryClient();
  const key = ['appointment', appointmentId];
  const one = useQuery({ queryKey: key, queryFn: () => api<Appointment>(`/appointments/${appointmentId}`) });
  const act = useMutation({
    mutationFn: (action: Action) => api<Appointment>(`/appointments/${appointmentId}/${action}`, { method: 'POST' }),
    onSuccess: (saved) => { queries.setQueryData(key, saved); void queries.invalidateQueries({ queryKey: ['appointments'] }); },
  });
  if (one.isLoading) return <Loading />;
  const a = one.data;
  if (!a) return <ErrorAlert error={one.error} />;
  const active = a.status === 'BOOKED' || a.status === 'CONFIRMED';
  const when = (iso: string | null) => formatDateTime(iso, i18n.language, a.timeZone);
  const actions: { action: Action; label: string; variant: 'primary' | 'secondary' | 'danger'; shown: boolean }[] = [
    { action: 'complete', label: t('appointment.complete'), variant: 'primary', shown: active || a.status === 'NO_SHOW' },
    { action: 'no-show', label: t('appointment.noShow'), variant: 'secondary', shown: active || a.status === 'COMPLETED' },
    { action: 'cancel', label: t('appointment.cancel'), variant: 'danger', shown: active },
  ];
  return (
    <div>
      <Link to="/appointments" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('appointment.back')}</Link>
      <h1 className="mt-2 mb-4 flex flex-wrap items-center gap-2 text-2xl font-bold">{a.serviceName} <StatusBadge status={a.status} /></h1>
      <Card>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t('appointment.when')}</dt><dd>{when(a.startsAt)} ({a.timeZone})</dd>
          <dt className="font-medium">{t('customer.legend')}</dt><dd><ContactName id={a.contactId} />{' '}
            <Link to={`/contacts/${a.contactId}/conversation`} className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('appointment.conversation')}</Link></dd>
          <dt className="font-medium">{t('appointments.duration')}</dt><dd>{t('appointments.minutes', { count: a.durationMinutes })}</dd>
          {a.staffName && <><dt className="font-medium">{t('appointments.staff')}</dt><dd>{a.staffName}</dd></>}
        </dl>
        <ErrorAlert error={act.error} />
        <div className="mt-4 flex flex-wrap gap-2">
          {actions.filter((x) => x.shown).map((x) => (
            <Button key={x.action} variant={x.variant} busy={act.isPending && act.variables === x.action}
              disabled={act.isPending} onClick={() => act.mutate(x.action)}>{x.label}</Button>
          ))}
        </div>
      </Card>
      <Card title={t('appointment.reminders')}>
        {a.pendingReminders.length === 0 ? <p className="text-slate-700">{t('appointment.noReminders')}</p> : (
          <ul className="list-disc ps-5">{a.pendingReminders.map((r) => <li key={r}>{when(r)}</li>)}</ul>
        )}
      </Card>
      {active && <RescheduleForm appointment={a} onMoved={(moved) => { queries.setQueryData(key, moved); void queries.invalidateQueries({ queryKey: ['appointments'] }); }} />}
      <Card title={t('appointment.history')}>
        <ol className="space-y-2">
          {(a.changes ?? []).map((c, i) => <li key={i} className="border-s-4 border-slate-300 ps-3">{describeChange(c, t, when)}</li>)}
        </ol>
      </Card>
    </div>
  );
}

function describeChange(c: AppointmentChange, t: (k: string, o?: Record<string, unknown>) => string, when: (iso: string | null) => string) {
  const what = [
    c.fromStatus !== c.toStatus && c.toStatus
      ? (c.fromStatus ? t('appointment.statusChanged', { from: t(`appointmentStatus.${c.fromStatus}`), to: t(`appointmentStatus.${c.toStatus}`) })
        : t('appointment.created', { status: t(`appointmentStatus.${c.toStatus}`) }))
      : null,
    c.fromStartsAt && c.toStartsAt && c.fromStartsAt !== c.toStartsAt ? t('appointment.moved', { from: when(c.fromStartsAt), to: when(c.toStartsAt) }) : null,
  ].filter(Boolean).join('; ');
  return (
    <>
      <span className="block font-medium">{what || t('appointment.changed')}</span>
      <span className="block text-sm text-slate-700">
        {when(c.at)} · {t(`appointment.cause.${c.cause}`)}{c.detail && <> · {c.detail}</>}
      </span>
    </>
  );
}

function RescheduleForm({ appointment, onMoved }: { appointment: Appointment; onMoved: (a: Appointment) => void }) {
  const { t } = useTranslation();
  const [localStart, setLocalStart] = useState(appointment.localStart.slice(0, 16));
  const [duration, setDuration] = useState(String(appointment.durationMinutes));
  const [local, setLocal] = useState<LocalErrors>({});
  const move = useMutation({
    mutationFn: () => api<Appointment>(`/appointments/${appointment.id}/start`, {
      method: 'PUT', body: { localStart: toLocalStart(localStart), durationMinutes: wholeNumber(duration, 1, 1440) },
    }),
    onSuccess: onMoved,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: LocalErrors = {};
    if (!toLocalStart(localStart)) errors.localStart = t('appointments.pickStart');
    if (wholeNumber(duration, 1, 1440) === null) errors.durationMinutes = t('appointments.durationRange');
    setLocal(errors);
    if (!Object.keys(errors).length) move.mutate();
  };
  const err = (f: string) => errorOf(local, move.error, f);
  return (
    <Card title={t('appointment.reschedule')}>
      <form noValidate onSubmit={submit}>
        <ErrorAlert error={move.error} />
        <p className="mb-3 text-slate-700">{t('appointment.rescheduleExplain', { zone: appointment.timeZone })}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label={t('appointment.newStart')} type="datetime-local" value={localStart}
            onChange={(e) => setLocalStart(e.target.value)} error={err('localStart') ?? err('startsAt')} />
          <Field label={t('appointments.duration')} inputMode="numeric" value={duration}
            onChange={(e) => setDuration(e.target.value)} error={err('durationMinutes')} />
        </div>
        <Button type="submit" busy={move.isPending} busyLabel={t('appointment.moving')}>{t('appointment.move')}</Button>
        {move.isSuccess && <p role="status" className="mt-2 text-green-900">{t('appointment.movedDone')}</p>}
      </form>
    </Card>
  );
}
