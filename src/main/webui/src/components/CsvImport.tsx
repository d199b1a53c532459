import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api, ApiError } from '../api/client';
import { Button, ErrorAlert } from './forms';

interface Props<T> {
  /** The API path that takes text/csv. */
  path: string;
  label: string;
  /** The header row the file must start with, shown to the owner. */
  header: string;
  describe: (result: T) => string;
  onImported?: () => void;
}

const HEADER_MARK = '\u2063';

/** Reads a CSV file in the browser and posts it as text/csv; a bad cell's problem names the row and column. */
export function CsvImport<T>({ path, label, header, describe, onImported }: Props<T>) {
  const { t } = useTranslation();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  // the header is a format to type exactly, shown as code inside the sentence of the person's language
  const [headerBefore, headerAfter = ''] = t('csv.header', { header: HEADER_MARK }).split(HEADER_MARK);
  const send = useMutation({
    mutationFn: async (chosen: File) => api<T>(path, { raw: { text: await chosen.text(), contentType: 'text/csv' } }),
    onSuccess: () => onImported?.(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(!file);
    if (file) send.mutate(file);
  };
  const cells = send.error instanceof ApiError ? Object.entries(send.error.fieldErrors) : [];
  return (
    <form noValidate onSubmit={submit}>
      <ErrorAlert error={send.error} />
      {cells.length > 0 && (
        <ul className="mb-3 list-disc ps-6 text-sm text-red-900" aria-label={t('csv.badCells')}>
          {cells.map(([field, message]) => <li key={field}><span className="font-semibold">{field}</span>: {message}</li>)}
        </ul>
      )}
      <div className="mb-4">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
        <input id={id} type="file" accept=".csv,text/csv" aria-invalid={missing || undefined}
          aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}
          className="mt-1 block min-h-11 w-full text-base file:min-h-11 file:me-3" onChange={(e) => { setFile(e.target.files?.[0] ?? null); send.reset(); }} />
        <p id={`${id}-hint`} className="mt-1 text-sm break-all text-slate-600">{headerBefore}<code translate="no">{header}</code>{headerAfter}</p>
        {missing && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">{t('csv.chooseFile')}</p>}
      </div>
      <Button type="submit" busy={send.isPending} busyLabel={t('csv.importing')}>{t('csv.import')}</Button>
      {send.data && <p role="status" className="mt-2 text-green-900">{describe(send.data)}</p>}
    </form>
  );
}
