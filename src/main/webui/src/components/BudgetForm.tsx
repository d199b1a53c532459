import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Business, Money } from '../api/types';
import { toMinorUnits } from '../lib/format';
import { Button, ErrorAlert, Field, fieldError } from './forms';

/** The monthly marketing budget in rupees; stored as paise. */
export function BudgetForm({ business, onSaved }: { business: Business; onSaved: (m: Money) => Promise<void> }) {
  const { t } = useTranslation();
  const start = business.monthlyBudget?.amountMinor != null ? String(business.monthlyBudget.amountMinor / 100) : '5000';
  const [amount, setAmount] = useState(start);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [typing, setTyping] = useState<string | undefined>();

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minor = toMinorUnits(amount);
    if (minor === null) {
      setTyping(t('budget.notANumber'));
      return;
    }
    setTyping(undefined);
    setBusy(true);
    setError(null);
    try {
      await onSaved({ amountMinor: minor, currency: business.monthlyBudget?.currency ?? 'INR' });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Field label={t('budget.monthly')} hint={t('budget.hint')} inputMode="decimal" value={amount}
        onChange={(e) => setAmount(e.target.value)} error={typing ?? fieldError(error, 'monthlyBudget')} />
      <Button type="submit" busy={busy}>{t('onboarding.saveAndContinue')}</Button>
    </form>
  );
}
