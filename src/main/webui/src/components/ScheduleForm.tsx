import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { DaySettings } from '../api/types';
import { Button, ErrorAlert, Field, Loading, fieldError } from './forms';
import { formatDateTime } from '../lib/format';

/** When the day runs, in plain words ("9 am"); the service says the schedule back. */
export function ScheduleForm({ businessId, onSaved }: { businessId: string; onSaved?: (s: DaySettings) => void }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const path = `/businesses/${businessId}/daily-plan/settings`;
  const settings = useQuery({ queryKey: ['day-settings', businessId], queryFn: () => api<DaySettings>(path) });
  const [runAt, setRunAt] = useState<string | null>(null);
  const [paused, setPaused] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  if (settings.isLoading) return <Loading />;
  const current = settings.data;
  const shownRunAt = runAt ?? current?.runAt ?? '';
  const shownPaused = paused ?? current?.paused ?? false;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await api<DaySettings>(path, {
        method: 'PUT',
        body: { runAt: shownRunAt.trim() || null, paused: shownPaused, photoUrls: current?.photoUrls ?? [] },
      });
      queries.setQueryData(['day-settings', businessId], saved);
      setRunAt(null);
      setPaused(null);
      onSaved?.(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={settings.error ?? error} />
      {current && (
        <p className="mb-4 rounded-md bg-indigo-50 p-3 text-indigo-950" aria-live="polite">
          {current.summary}
          {current.nextRunAt && <> {t('schedule.nextRun', { when: formatDateTime(current.nextRunAt, i18n.language, current.timeZone) })}</>}
        </p>
      )}
      <Field label={t('schedule.runAt')} hint={t('schedule.runAtHint')} value={shownRunAt}
        onChange={(e) => setRunAt(e.target.value)} error={fieldError(error, 'runAt')} placeholder="9 am" />
      <label className="mb-4 flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={shownPaused} onChange={(e) => setPaused(e.target.checked)} />
        {t('schedule.paused')}
      </label>
      <Button type="submit" busy={busy}>{t('schedule.save')}</Button>
    </form>
  );
}
