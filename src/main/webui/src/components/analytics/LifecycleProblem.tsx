import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { ErrorAlert } from '../forms';

/**
 * A failed model action in plain words: 409 "not enough data yet" says so with what the service found missing, a
 * plan limit (403 with `limit`) says what the plan allows and where to change it; anything else as every page shows it.
 */
export function LifecycleProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  const { status, problem } = error;
  if (status === 403 && problem.limit) {
    return (
      <div role="alert" className="mb-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
        <p className="font-semibold">
          {t(`analytics.limits.${problem.limit}`, { allowed: problem.allowed ?? '—', defaultValue: t('errors.planLimit') })}
        </p>
        <p className="mt-1 text-sm"><Link className="underline" to="/billing">{t('analytics.limits.seePlans')}</Link></p>
      </div>
    );
  }
  if (status === 409 && problem.title === 'Not enough data yet') {
    return (
      <div role="alert" className="mb-3 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
        <p className="font-semibold">{t('analytics.notEnoughData')}</p>
        {problem.detail && <p className="mt-1 text-sm">{problem.detail}</p>}
      </div>
    );
  }
  return <ErrorAlert error={error} />;
}
