import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { asRequest, chooseBusiness, useCurrentBusiness } from '../api/business';
import type { Business, Connection } from '../api/types';
import { BusinessForm } from '../components/BusinessForm';
import { ConnectionForm } from '../components/ConnectionForm';
import { ScheduleForm } from '../components/ScheduleForm';
import { BudgetForm } from '../components/BudgetForm';
import { Button, Card, Loading } from '../components/forms';

const STEPS = ['business', 'channels', 'budget', 'schedule'] as const;

/** First steps after sign-up: the business, its channels, its budget, when its day runs. */
export function OnboardingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const { business, isLoading } = useCurrentBusiness();
  const [step, setStep] = useState(0);
  const connections = useQuery({
    queryKey: ['connections'],
    queryFn: () => api<Connection[]>('/connections'),
    enabled: !!business,
  });

  if (isLoading) return <Loading />;
  const mine = connections.data?.filter((c) => c.businessId === business?.id) ?? [];
  const next = () => setStep(step + 1);

  return (
    <div>
      <h1 className="mb-2 text-2xl font-bold">{t('onboarding.title')}</h1>
      <ol className="mb-6 flex flex-wrap gap-2" aria-label={t('onboarding.steps')}>
        {STEPS.map((s, i) => (
          <li key={s} aria-current={i === step ? 'step' : undefined}
            className={`rounded-full px-3 py-1 text-sm ${i === step ? 'bg-indigo-700 text-white' : 'bg-slate-200 text-slate-800'}`}>
            {i + 1}. {t(`onboarding.step.${s}`)}
          </li>
        ))}
      </ol>

      {STEPS[step] === 'business' && (
        <Card title={t('onboarding.step.business')}>
          <BusinessForm business={business} submitLabel={t('onboarding.saveAndContinue')}
            onSubmit={async (request) => {
              const saved = business
                ? await api<Business>(`/businesses/${business.id}`, { method: 'PUT', body: request })
                : await api<Business>('/businesses', { body: request });
              chooseBusiness(saved.id);
              await queries.invalidateQueries({ queryKey: ['businesses'] });
              next();
            }} />
        </Card>
      )}

      {STEPS[step] === 'channels' && business && (
        <Card title={t('onboarding.step.channels')}>
          {mine.length > 0 && (
            <ul className="mb-4 list-disc ps-5" aria-label={t('channels.connected')}>
              {mine.map((c) => (
                <li key={c.id}>{t(`channelKinds.${c.kind}`)} — {t(`channels.mode.${c.mode}`)}</li>
              ))}
            </ul>
          )}
          <ConnectionForm businessId={business.id}
            onSaved={() => void queries.invalidateQueries({ queryKey: ['connections'] })} />
          <div className="mt-4 flex gap-2">
            <Button variant="secondary" onClick={next}>{mine.length ? t('onboarding.continue') : t('onboarding.skip')}</Button>
          </div>
        </Card>
      )}

      {STEPS[step] === 'budget' && business && (
        <Card title={t('onboarding.step.budget')}>
          <BudgetForm business={business} onSaved={async (monthlyBudget) => {
            await api<Business>(`/businesses/${business.id}`, { method: 'PUT', body: asRequest(business, { monthlyBudget }) });
            await queries.invalidateQueries({ queryKey: ['businesses'] });
            next();
          }} />
        </Card>
      )}

      {STEPS[step] === 'schedule' && business && (
        <Card title={t('onboarding.step.schedule')}>
          <ScheduleForm businessId={business.id} onSaved={() => navigate('/')} />
        </Card>
      )}
    </div>
  );
}
