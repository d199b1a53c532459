import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api/client';
import type { ApiKey, ApiKeyCreated } from '../api/ownerTypes';
import { Button, Card, ErrorAlert, Field, Loading } from './forms';
import { formatDateTime } from '../lib/format';
import { errorOf, type LocalErrors } from '../lib/validation';

export const PERMISSIONS = ['business:read', 'business:write', 'automation:run', 'analytics:read', 'tenant:read', 'tenant:write',
  'users:manage', 'apikeys:manage'];

export function apiKeyErrors(name: string, permissions: string[], t: (k: string) => string): LocalErrors {
  const errors: LocalErrors = {};
  if (!name.trim()) errors.name = t('validation.required');
  else if (name.trim().length > 100) errors.name = t('apiKeys.tooLong');
  if (!permissions.length) errors.permissions = t('apiKeys.onePermission');
  return errors;
}

/** Keys for developers: the list (never the secrets), a new key shown once, revoking one. */
export function ApiKeys() {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys'], queryFn: () => api<ApiKey[]>('/api-keys') });
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<string[]>(['business:read']);
  const [local, setLocal] = useState<LocalErrors>({});
  const [confirming, setConfirming] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation({
    mutationFn: () => api<ApiKeyCreated>('/api-keys', { body: { name: name.trim(), permissions } }),
    onSuccess: () => { setName(''); setPermissions(['business:read']); setCopied(false); void queries.invalidateQueries({ queryKey: ['api-keys'] }); },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api<void>(`/api-keys/${id}`, { method: 'DELETE' }),
    onSuccess: () => { setConfirming(null); void queries.invalidateQueries({ queryKey: ['api-keys'] }); },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = apiKeyErrors(name, permissions, t);
    setLocal(errors);
    if (!Object.keys(errors).length) create.mutate();
  };
  const permissionError = local.permissions ?? (create.error instanceof ApiError
    ? Object.entries(create.error.fieldErrors).filter(([f]) => f.startsWith('permissions')).map(([, m]) => m).join('; ') || undefined
    : undefined);
  const copy = async (key: string) => {
    try {
      await navigator.clipboard.writeText(key);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  const lang = i18n.language;
  return (
    <Card title={t('apiKeys.title')}>
      <p className="mb-3 text-slate-700">{t('apiKeys.explain')}</p>
      <ErrorAlert error={keys.error ?? revoke.error} />
      {keys.isLoading && <Loading />}
      {keys.data?.length === 0 && <p className="mb-3">{t('apiKeys.none')}</p>}
      {!!keys.data?.length && (
        <ul className="mb-4 divide-y divide-slate-200" aria-label={t('apiKeys.list')}>
          {keys.data.map((k) => (
            <li key={k.id} className="py-2">
              <p className="font-semibold">{k.name} <span className="font-mono text-sm font-normal">{k.prefix}…</span></p>
              <p className="text-sm text-slate-700">{k.permissions.join(', ')}</p>
              <p className="text-sm text-slate-700">
                {t('apiKeys.created', { when: formatDateTime(k.createdAt, lang) })} · {k.lastUsedAt
                  ? t('apiKeys.lastUsed', { when: formatDateTime(k.lastUsedAt, lang) }) : t('apiKeys.neverUsed')}
                {k.revokedAt && <> · <span className="font-medium text-red-800">{t('apiKeys.revoked', { when: formatDateTime(k.revokedAt, lang) })}</span></>}
              </p>
              {!k.revokedAt && confirming !== k.id && (
                <div className="mt-1">
                  <Button variant="danger" label={t('apiKeys.revokeKey', { name: k.name })} onClick={() => setConfirming(k.id)}>{t('apiKeys.revoke')}</Button>
                </div>
              )}
              {confirming === k.id && (
                <div className="mt-1 flex flex-wrap items-center gap-2">
                  <span>{t('apiKeys.confirm', { name: k.name })}</span>
                  <Button variant="danger" busy={revoke.isPending} onClick={() => revoke.mutate(k.id)}>{t('apiKeys.yesRevoke')}</Button>
                  <Button variant="secondary" onClick={() => setConfirming(null)}>{t('apiKeys.cancel')}</Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {create.data && (
        <div role="status" className="mb-4 rounded-md border border-green-700 bg-green-50 p-3 text-green-950">
          <p className="font-semibold">{t('apiKeys.createdOnce', { name: create.data.apiKey.name })}</p>
          <Field label={t('apiKeys.key')} readOnly value={create.data.key}
            onFocus={(e) => e.target.select()} hint={t('apiKeys.copyHint')} />
          <Button variant="secondary" onClick={() => void copy(create.data!.key)}>{t('apiKeys.copy')}</Button>
          {copied && <p className="mt-1 text-sm">{t('apiKeys.copied')}</p>}
        </div>
      )}
      <form noValidate onSubmit={submit}>
        <h3 className="mb-2 font-semibold">{t('apiKeys.create')}</h3>
        <ErrorAlert error={create.error} />
        <Field label={t('apiKeys.name')} hint={t('apiKeys.nameHint')} value={name} onChange={(e) => setName(e.target.value)}
          error={errorOf(local, create.error, 'name')} />
        <fieldset className="mb-4" aria-describedby={permissionError ? 'api-key-permissions-error' : undefined}>
          <legend className="text-sm font-medium text-slate-800">{t('apiKeys.permissions')}</legend>
          <div className="grid sm:grid-cols-2">
            {PERMISSIONS.map((p) => (
              <label key={p} className="flex min-h-11 items-center gap-2">
                <input type="checkbox" className="size-5" checked={permissions.includes(p)}
                  onChange={(e) => setPermissions(e.target.checked ? [...permissions, p] : permissions.filter((x) => x !== p))} />
                {t(`apiKeys.permission.${p.replace(':', '_')}`)} <span className="font-mono text-xs text-slate-600">{p}</span>
              </label>
            ))}
          </div>
          {permissionError && <p id="api-key-permissions-error" className="mt-1 text-sm font-medium text-red-800">{permissionError}</p>}
        </fieldset>
        <Button type="submit" busy={create.isPending}>{t('apiKeys.createButton')}</Button>
      </form>
    </Card>
  );
}
