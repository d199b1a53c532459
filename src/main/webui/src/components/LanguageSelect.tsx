import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { Me } from '../api/types';
import { LANGUAGES, languageName } from '../i18n';
import { ErrorAlert, SelectField } from './forms';

/** The signed-in person's saved language: the app switches to it on any device once they sign in. */
export function useSavedLanguage() {
  const { i18n } = useTranslation();
  const me = useQuery({ queryKey: ['me'], queryFn: () => api<Me>('/me'), staleTime: Infinity });
  const saved = me.data?.user.language?.split('-')[0];
  useEffect(() => {
    if (saved && LANGUAGES.includes(saved) && saved !== i18n.language) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}

/** Switches the app's language; signed in, also saves the choice to the person's account. */
export function LanguageSelect({ saveToAccount = false }: { saveToAccount?: boolean }) {
  const { t, i18n } = useTranslation();
  const queries = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const choose = async (language: string) => {
    setError(null);
    setSaved(false);
    await i18n.changeLanguage(language);
    if (!saveToAccount) return;
    try {
      const me = await api<Me>('/me/language', { method: 'PUT', body: { language } });
      // the service writes tasks, notifications and insights in the saved language: read them again
      await queries.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'me' });
      queries.setQueryData(['me'], me);
      setSaved(true);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <ErrorAlert error={error} />
      <SelectField label={t('settings.language')} value={i18n.language} onChange={(e) => void choose(e.target.value)}
        options={LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))} />
      {saved && <p role="status" className="text-green-900">{t('settings.languageSaved')}</p>}
    </>
  );
}
