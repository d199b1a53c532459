import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCurrentBusiness } from '../api/business';
import type { Business } from '../api/types';
import { Loading } from './forms';

/**
 * A page about the current business reached from another one: a link back, its title, then its content, which is
 * given the business once it is known (until then, the loading indicator).
 */
export function BusinessSubPage({ back, backLabel, title, children }: {
  back: string; backLabel: string; title: string; children: (business: Business) => ReactNode;
}) {
  const { business, isLoading } = useCurrentBusiness();
  if (isLoading || !business) return <Loading />;
  return (
    <div>
      <Link to={back} className="inline-flex min-h-11 items-center text-indigo-800 underline">{backLabel}</Link>
      <h1 className="mt-2 mb-4 text-2xl font-bold">{title}</h1>
      {children(business)}
    </div>
  );
}
