import { useTranslation } from 'react-i18next';
import { LANGUAGES, languageName } from '../i18n';
import { SelectField } from './forms';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  return (
    <SelectField label={t('settings.language')} value={i18n.language}
      onChange={(e) => void i18n.changeLanguage(e.target.value)}
      options={LANGUAGES.map((code) => ({ value: code, label: languageName(code) }))} />
  );
}
