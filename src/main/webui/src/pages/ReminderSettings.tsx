import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import type { ReminderSchedule } from '../api/reminders';
import { Button, Card, ErrorAlert, Field, fieldError, Loading } from '../components/forms';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';
import { splitMinutes } from '../lib/zoned';

const MAX_OFFSET = 30 * 24 * 60;

/** When appointment and payment reminders go out, in hours, minutes and days. */
export function ReminderSettingsPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  if (isLoading || !business) return <Loading />;
  return (
    <div>
      <p className="flex flex-wrap gap-x-4">
        <Link to="/appointments" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('appointment.back')}</Link>
        <Link to="/payments" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('payments.title')}</Link>
      </p>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{t('reminderSettings.title')}</h1>
      <ReminderSettingsForm businessId={business.id} />
    </div>
  );
}

interface OffsetRow { hours: string; minutes: string }
interface Values { offsets: OffsetRow[]; daysBefore: string; everyDays: string; maxReminders: string; sendTime: string }

const toValues = (s: ReminderSchedule): Values => ({
  offsets: s.appointmentOffsetsMinutes.map((m) => { const { hours, minutes } = splitMinutes(m); return { hours: String(hours), minutes: String(minutes) }; }),
  daysBefore: String(s.paymentDaysBefore), everyDays: String(s.paymentEveryDays), maxReminders: String(s.paymentMaxReminders),
  sendTime: s.paymentSendTime.slice(0, 5),
});

/** "1 day", "2 h", "1 h 30 min" before. */
export function describeOffset(total: number, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (total % 1440 === 0) return t('reminderSettings.days', { count: total / 1440 });
  const { hours, minutes } = splitMinutes(total);
  return [hours ? t('reminderSettings.hoursShort', { count: hours }) : '', minutes ? t('reminderSettings.minutesShort', { count: minutes }) : '']
    .filter(Boolean).join(' ');
}

export function scheduleRequest(v: Values, t: (k: string) => string): { schedule?: ReminderSchedule; errors: LocalErrors } {
  const errors: LocalErrors = {};
  const offsets = v.offsets.map((o, i) => {
    const hours = wholeNumber(o.hours || '0', 0, 720);
    const minutes = wholeNumber(o.minutes || '0', 0, 59);
    const total = (hours ?? 0) * 60 + (minutes ?? 0);
    if (hours === null || minutes === null || total < 1 || total > MAX_OFFSET) errors[`appointmentOffsetsMinutes[${i}]`] = t('reminderSettings.offsetRange');
    return total;
  });
  const daysBefore = wholeNumber(v.daysBefore, 0, 60);
  const everyDays = wholeNumber(v.everyDays, 1, 60);
  const maxReminders = wholeNumber(v.maxReminders, 1, 30);
  if (daysBefore === null) errors.paymentDaysBefore = t('reminderSettings.range0to60');
  if (everyDays === null) errors.paymentEveryDays = t('reminderSettings.range1to60');
  if (maxReminders === null) errors.paymentMaxReminders = t('reminderSettings.range1to30');
  if (!/^\d{2}:\d{2}$/.test(v.sendTime)) errors.paymentSendTime = t('reminderSettings.pickTime');
  if (Object.keys(errors).length) return { errors };
  return { errors, schedule: { appointmentOffsetsMinutes: offsets, paymentDaysBefore: daysBefore!, paymentEveryDays: everyDays!,
    paymentMaxReminders: maxReminders!, paymentSendTime: v.sendTime } };
}

export function ReminderSettingsForm({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const queries = useQueryClient();
  const key = ['reminder-settings', businessId];
  const current = useQuery({ queryKey: key, queryFn: () => api<ReminderSchedule>(`/businesses/${businessId}/reminder-settings`) });
  const [edited, setEdited] = useState<Values | null>(null);
  const [local, setLocal] = useState<LocalErrors>({});
  const save = useMutation({
    mutationFn: (schedule: ReminderSchedule) => api<ReminderSchedule>(`/businesses/${businessId}/reminder-settings`, { method: 'PUT', body: schedule }),
    onSuccess: (saved) => { queries.setQueryData(key, saved); setEdited(null); },
  });
  if (current.isLoading) return <Loading />;
  if (!current.data) return <ErrorAlert error={current.error} />;
  const v = edited ?? toValues(current.data);
  const set = (patch: Partial<Values>) => setEdited({ ...v, ...patch });
  const setOffset = (i: number, patch: Partial<OffsetRow>) => set({ offsets: v.offsets.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = scheduleRequest(v, t);
    setLocal(checked.errors);
    if (checked.schedule) save.mutate(checked.schedule);
  };
  const err = (f: string) => errorOf(local, save.error, f);
  const listError = fieldError(save.error, 'appointmentOffsetsMinutes');
  const saved = current.data;
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={save.error} />
      <Card title={t('reminderSettings.appointments')}>
        <p className="mb-3 text-slate-700" role="note">
          {saved.appointmentOffsetsMinutes.length
            ? t('reminderSettings.nowAppointments', { list: saved.appointmentOffsetsMinutes.map((m) => describeOffset(m, t)).join(', ') })
            : t('reminderSettings.noAppointmentReminders')}
        </p>
        <ol className="space-y-3">
          {v.offsets.map((o, i) => (
            <li key={i}>
              <fieldset className="rounded-md border border-slate-300 p-3">
                <legend className="px-1 font-semibold">{t('reminderSettings.reminder', { n: i + 1 })}</legend>
                <div className="grid grid-cols-2 gap-x-4">
                  <Field label={t('reminderSettings.hoursBefore')} inputMode="numeric" value={o.hours}
                    onChange={(e) => setOffset(i, { hours: e.target.value })} error={err(`appointmentOffsetsMinutes[${i}]`)} />
                  <Field label={t('reminderSettings.minutesBefore')} inputMode="numeric" value={o.minutes}
                    onChange={(e) => setOffset(i, { minutes: e.target.value })} />
                </div>
                <Button variant="danger" label={t('reminderSettings.removeReminder', { n: i + 1 })}
                  onClick={() => set({ offsets: v.offsets.filter((_, j) => j !== i) })}>{t('leadSettings.remove')}</Button>
              </fieldset>
            </li>
          ))}
        </ol>
        {listError && <p role="alert" className="mt-2 text-sm font-medium text-red-800">{listError}</p>}
        {v.offsets.length < 10 && (
          <div className="mt-3">
            <Button variant="secondary" onClick={() => set({ offsets: [...v.offsets, { hours: '1', minutes: '0' }] })}>{t('reminderSettings.addReminder')}</Button>
          </div>
        )}
      </Card>
      <Card title={t('reminderSettings.payments')}>
        <p className="mb-3 text-slate-700">{t('reminderSettings.paymentsExplain')}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field label={t('reminderSettings.daysBefore')} inputMode="numeric" value={v.daysBefore} onChange={(e) => set({ daysBefore: e.target.value })} error={err('paymentDaysBefore')} />
          <Field label={t('reminderSettings.everyDays')} inputMode="numeric" value={v.everyDays} onChange={(e) => set({ everyDays: e.target.value })} error={err('paymentEveryDays')} />
          <Field label={t('reminderSettings.maxReminders')} inputMode="numeric" value={v.maxReminders} onChange={(e) => set({ maxReminders: e.target.value })} error={err('paymentMaxReminders')} />
          <Field label={t('reminderSettings.sendTime')} type="time" value={v.sendTime} onChange={(e) => set({ sendTime: e.target.value })} error={err('paymentSendTime')} />
        </div>
      </Card>
      <Button type="submit" busy={save.isPending}>{t('reminderSettings.save')}</Button>
      {save.isSuccess && <p role="status" className="mt-2 text-green-900">{t('common.saved')}</p>}
    </form>
  );
}
