import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { useCurrentBusiness } from '../api/business';
import { APPOINTMENT_STATUSES, type Appointment } from '../api/reminders';
import { ContactName, CustomerFields, customerBody, customerErrors, NO_CUSTOMER, type CustomerValue } from '../components/CustomerFields';
import { Button, Card, ErrorAlert, Field, Loading, SelectField } from '../components/forms';
import { formatDate, formatDateTime } from '../lib/format';
import { errorOf, wholeNumber, type LocalErrors } from '../lib/validation';
import { dayIn, formatTime, nextDay, startOfDay, toLocalStart } from '../lib/zoned';

/** Upcoming appointments by day, and booking a new one. */
export function AppointmentsPage() {
  const { t } = useTranslation();
  const { business, isLoading } = useCurrentBusiness();
  if (isLoading || !business) return <Loading />;
  const timeZone = business.timeZone ?? 'Asia/Kolkata';
  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('appointments.title')}</h1>
      <p className="mb-4 flex flex-wrap gap-x-4 gap-y-1">
        <Link to="/payments" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('payments.title')}</Link>
        <Link to="/reminders/settings" className="inline-flex min-h-11 items-center text-indigo-800 underline">{t('reminderSettings.title')}</Link>
      </p>
      <AppointmentList businessId={business.id} timeZone={timeZone} />
      <Card title={t('appointments.book')}>
        <p className="mb-3 text-slate-700">{t('appointments.bookExplain', { zone: timeZone })}</p>
        <BookForm businessId={business.id} />
      </Card>
    </div>
  );
}

export const STATUS_STYLE: Record<string, string> = {
  BOOKED: 'bg-sky-100 text-sky-900', CONFIRMED: 'bg-green-100 text-green-900', CANCELLED: 'bg-slate-200 text-slate-800',
  COMPLETED: 'bg-indigo-100 text-indigo-900', NO_SHOW: 'bg-amber-100 text-amber-900',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATUS_STYLE[status] ?? ''}`}>{t(`appointmentStatus.${status}`)}</span>;
}

export function AppointmentList({ businessId, timeZone }: { businessId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const [from, setFrom] = useState(() => dayIn(timeZone));
  const [to, setTo] = useState(() => dayIn(timeZone, new Date(), 7));
  const [status, setStatus] = useState('');
  const rangeError = from && to && to < from ? t('appointments.toBeforeFrom') : undefined;
  const ready = !!from && !!to && !rangeError;
  const list = useQuery({
    queryKey: ['appointments', businessId, from, to, status], enabled: ready,
    queryFn: () => {
      const query = new URLSearchParams({ from: startOfDay(from, timeZone), to: startOfDay(nextDay(to), timeZone) });
      if (status) query.set('status', status);
      return api<Appointment[]>(`/businesses/${businessId}/appointments?${query}`);
    },
  });
  const days = new Map<string, Appointment[]>();
  for (const a of list.data ?? []) {
    const day = a.localStart.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), a]);
  }
  return (
    <Card title={t('appointments.upcoming')}>
      <div className="grid grid-cols-2 gap-x-4 sm:grid-cols-3">
        <Field label={t('appointments.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        <Field label={t('appointments.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} error={rangeError} />
        <SelectField label={t('appointments.status')} value={status} onChange={(e) => setStatus(e.target.value)}
          options={[{ value: '', label: t('appointments.anyStatus') }, ...APPOINTMENT_STATUSES.map((s) => ({ value: s, label: t(`appointmentStatus.${s}`) }))]} />
      </div>
      <ErrorAlert error={list.error} />
      {list.isLoading && <Loading />}
      {list.data && days.size === 0 && <p className="text-slate-700">{t('appointments.none')}</p>}
      {[...days.entries()].map(([day, items]) => (
        <section key={day} className="mb-4">
          <h3 className="mb-2 border-b border-slate-300 font-semibold">{formatDate(day, i18n.language)}</h3>
          <ul className="space-y-2">
            {items.map((a) => (
              <li key={a.id}>
                <Link to={`/appointments/${a.id}`} className="block min-h-11 rounded-md border border-slate-300 p-3 hover:bg-slate-50
                  focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
                  <span className="flex flex-wrap items-center justify-between gap-2">
                    <span className="font-semibold">{formatTime(a.startsAt, i18n.language, a.timeZone)} · {a.serviceName}</span>
                    <StatusBadge status={a.status} />
                  </span>
                  <span className="block text-slate-700">
                    <ContactName id={a.contactId} />
                    {' · '}{t('appointments.minutes', { count: a.durationMinutes })}
                    {a.staffName && <> · {t('appointments.withStaff', { staff: a.staffName })}</>}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Card>
  );
}

interface BookValues { customer: CustomerValue; serviceName: string; localStart: string; duration: string; staffName: string }

export function bookErrors(v: BookValues, t: (k: string) => string): LocalErrors {
  const errors = customerErrors(v.customer, t);
  if (!v.serviceName.trim()) errors.serviceName = t('validation.required');
  if (!toLocalStart(v.localStart)) errors.localStart = t('appointments.pickStart');
  if (wholeNumber(v.duration, 1, 1440) === null) errors.durationMinutes = t('appointments.durationRange');
  return errors;
}

export function BookForm({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const blank: BookValues = { customer: NO_CUSTOMER, serviceName: '', localStart: '', duration: '30', staffName: '' };
  const [v, setV] = useState<BookValues>(blank);
  const [local, setLocal] = useState<LocalErrors>({});
  const book = useMutation({
    mutationFn: () => api<Appointment>(`/businesses/${businessId}/appointments`, {
      body: {
        ...customerBody(v.customer), serviceName: v.serviceName.trim(), localStart: toLocalStart(v.localStart),
        durationMinutes: wholeNumber(v.duration, 1, 1440), staffName: v.staffName.trim() || null,
      },
    }),
    onSuccess: () => { setV(blank); void queries.invalidateQueries({ queryKey: ['appointments', businessId] }); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = bookErrors(v, t);
    setLocal(errors);
    if (!Object.keys(errors).length) book.mutate();
  };
  const err = (f: string) => errorOf(local, book.error, f);
  const booked = book.data;
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={book.error} />
      <CustomerFields value={v.customer} onChange={(customer) => setV({ ...v, customer })} error={err} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field label={t('appointments.service')} value={v.serviceName} onChange={(e) => setV({ ...v, serviceName: e.target.value })} error={err('serviceName')} />
        <Field label={t('appointments.start')} type="datetime-local" value={v.localStart}
          onChange={(e) => setV({ ...v, localStart: e.target.value })} error={err('localStart') ?? err('startsAt')} />
        <Field label={t('appointments.duration')} inputMode="numeric" value={v.duration}
          onChange={(e) => setV({ ...v, duration: e.target.value })} error={err('durationMinutes')} />
        <Field label={t('appointments.staff')} value={v.staffName} onChange={(e) => setV({ ...v, staffName: e.target.value })} error={err('staffName')} />
      </div>
      <Button type="submit" busy={book.isPending} busyLabel={t('appointments.booking')}>{t('appointments.bookButton')}</Button>
      {booked && (
        <p role="status" className="mt-2 text-green-900">
          {t('appointments.booked', { when: formatDateTime(booked.startsAt, i18n.language, booked.timeZone), count: booked.pendingReminders.length })}{' '}
          <Link to={`/appointments/${booked.id}`} className="underline">{t('appointments.open')}</Link>
        </p>
      )}
    </form>
  );
}
