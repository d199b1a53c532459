import { useTranslation } from 'react-i18next';

/** The number for a wa.me link: digits only, no plus (E.164 +919812345678 → 919812345678). */
export function whatsAppNumber(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** Call and WhatsApp buttons for a phone number (nothing without one); each at least 44 px. */
export function ContactLinks({ phone, name }: { phone: string | null | undefined; name?: string | null }) {
  const { t } = useTranslation();
  if (!phone) return null;
  const who = name || phone;
  const button = 'inline-flex min-h-11 items-center rounded-md border px-3 font-semibold focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-700';
  return (
    <span className="mt-2 flex flex-wrap gap-2">
      <a href={`tel:${phone}`} className={`${button} border-indigo-800 text-indigo-800`} aria-label={t('leads.callWho', { who })}>
        {t('leads.call')}
      </a>
      <a href={`https://wa.me/${whatsAppNumber(phone)}`} target="_blank" rel="noopener noreferrer"
        className={`${button} border-green-800 text-green-900`} aria-label={t('leads.whatsAppWho', { who })}>
        {t('leads.whatsApp')}
      </a>
    </span>
  );
}
