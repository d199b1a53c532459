import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Business, BusinessRequest } from './types';

const CURRENT = 'vlos.business';

export function useBusinesses() {
  return useQuery({ queryKey: ['businesses'], queryFn: () => api<Business[]>('/businesses') });
}

/** The business the owner works on: the one chosen last, else the first. */
export function useCurrentBusiness(): { business: Business | undefined; isLoading: boolean; error: unknown } {
  const { data, isLoading, error } = useBusinesses();
  const chosen = localStorage.getItem(CURRENT);
  const business = data?.find((b) => b.id === chosen) ?? data?.[0];
  return { business, isLoading, error };
}

export function chosenBusinessId(): string | null {
  return localStorage.getItem(CURRENT);
}

export function forgetChosenBusiness() {
  localStorage.removeItem(CURRENT);
}

export function chooseBusiness(id: string) {
  localStorage.setItem(CURRENT, id);
}

/** The request that replaces a business with its current values plus the changes. */
export function asRequest(b: Business, changes: Partial<BusinessRequest>): BusinessRequest {
  return {
    name: b.name,
    category: b.category,
    addressLine: b.addressLine,
    city: b.city,
    postalCode: b.postalCode,
    country: b.country,
    latitude: b.latitude,
    longitude: b.longitude,
    serviceRadiusKm: b.serviceRadiusKm,
    monthlyBudget: b.monthlyBudget?.amountMinor == null ? null : b.monthlyBudget,
    language: b.language,
    timeZone: b.timeZone,
    phone: b.phone,
    email: b.email,
    website: b.website,
    channelAccounts: b.channelAccounts,
    performance: b.performance,
    operatingHours: b.operatingHours,
    quietHours: b.quietHours,
    ...changes,
  };
}
