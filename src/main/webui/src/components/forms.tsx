import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { ServiceUnreachable } from '../api/connection';

const control =
  'mt-1 block min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 aria-[invalid=true]:border-red-700';

interface FieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  error?: string;
  hint?: string;
}

/** A labelled input; a field error from the service is shown under it and announced. */
export function Field({ label, error, hint, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={id} className={control} aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined} {...input} />
      {hint && <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">{hint}</p>}
      {error && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">{error}</p>}
    </div>
  );
}

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  error?: string;
  options: { value: string; label: string }[];
}

export function SelectField({ label, error, options, ...select }: SelectProps) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={id} className={control} aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined} {...select}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
      {error && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">{error}</p>}
    </div>
  );
}

interface ButtonProps {
  children: ReactNode;
  busy?: boolean;
  busyLabel?: string;
  type?: 'button' | 'submit';
  variant?: 'primary' | 'secondary' | 'danger';
  onClick?: () => void;
  disabled?: boolean;
  /** The accessible name when the visible text alone is not enough (e.g. "Done" in a list of insights). */
  label?: string;
}

const variants = {
  primary: 'bg-indigo-700 text-white hover:bg-indigo-800',
  secondary: 'bg-white text-indigo-800 border border-indigo-700 hover:bg-indigo-50',
  danger: 'bg-white text-red-800 border border-red-700 hover:bg-red-50',
};

/** A button that shows progress while its action runs. */
export function Button({ children, busy, busyLabel, type = 'button', variant = 'primary', onClick, disabled, label }: ButtonProps) {
  const { t } = useTranslation();
  return (
    <button type={type} onClick={onClick} disabled={busy || disabled} aria-busy={busy || undefined} aria-label={label}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 font-semibold
        focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:ring-offset-2
        disabled:opacity-60 ${variants[variant]}`}>
      {busy && <Spinner />}
      {busy ? busyLabel ?? t('common.working') : children}
    </button>
  );
}

export function Spinner() {
  return <span aria-hidden="true" className="size-4 animate-spin rounded-full border-2 border-current border-e-transparent" />;
}

/** A line that says something is loading, for screen readers too. */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="flex items-center gap-2 py-4 text-slate-700">
      <Spinner /> {label ?? t('common.loading')}
    </p>
  );
}

/** The service's problem detail and what to do about it. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!error) return null;
  if (error instanceof ServiceUnreachable) {
    return (
      <div role="alert" className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
        <p className="font-semibold">{t(error.offline ? 'connection.offline' : 'connection.unreachable')}</p>
        <p className="mt-1 text-sm">{t('connection.retrying')}</p>
      </div>
    );
  }
  const apiError = error instanceof ApiError ? error : null;
  const detail = apiError?.problem.detail ?? (error instanceof Error ? error.message : String(error));
  const hint = apiError ? whatToDo(apiError, t) : t('errors.network');
  return (
    <div role="alert" className="mb-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
      <p className="font-semibold">{detail}</p>
      {hint && <p className="mt-1 text-sm">{hint}</p>}
    </div>
  );
}

function whatToDo(error: ApiError, t: (key: string) => string): string {
  if (error.problem.errors?.length) return t('errors.fixFields');
  if (error.status === 401) return t('errors.signInAgain');
  if (error.status === 403 && error.problem.limit) return t('errors.planLimit');
  if (error.status === 403) return t('errors.noPermission');
  if (error.status === 409) return t('errors.conflict');
  if (error.status === 429) return t('errors.tooMany');
  if (error.status >= 500) return t('errors.server');
  return '';
}

/** The field error for a field, also matching nested names ("monthlyBudget.amountMinor" for "monthlyBudget"). */
export function fieldError(error: unknown, ...fields: string[]): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const messages = Object.entries(error.fieldErrors)
    .filter(([name]) => fields.some((f) => name === f || name.startsWith(`${f}.`) || name.endsWith(`.${f}`)))
    .map(([, message]) => message);
  return messages.length ? messages.join('; ') : undefined;
}

export function Card({ title, children, headingLevel = 2 }: { title?: string; children: ReactNode; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="mb-4 rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
      {title && <Heading className="mb-3 text-lg font-semibold text-slate-900">{title}</Heading>}
      {children}
    </section>
  );
}

/** A labelled multi-line text box with its field error; dir="ltr" for code (JSON, expressions) in a right-to-left page. */
export function TextArea({ label, value, onChange, error, rows = 4, dir }:
  { label: string; value: string; onChange: (value: string) => void; error?: string; rows?: number; dir?: 'ltr' }) {
  const id = useId();
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{label}</label>
      <textarea id={id} rows={rows} dir={dir} value={value} onChange={(e) => onChange(e.target.value)} className={control}
        aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      {error && <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-800">{error}</p>}
    </div>
  );
}

/** A table or block wider than a phone: it scrolls sideways and can be reached and scrolled with the keyboard. */
export function ScrollRegion({ label, children }: { label?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div role="region" aria-label={label ?? t('a11y.scrollRegion')} tabIndex={0}
      className="overflow-x-auto focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-700">
      {children}
    </div>
  );
}
