import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { asRequest } from '../api/business';
import { CATEGORIES, WEEKDAYS, type Business, type BusinessRequest, type Weekday } from '../api/types';
import { Button, ErrorAlert, Field, SelectField, fieldError } from './forms';
import { OpeningHours, hoursErrors, hoursOf, type Hours } from './OpeningHours';

// Coordinates are optional: without them a known city's centre is used, else the centre of India.
const CITY_CENTRES: Record<string, [number, number]> = {
  kolkata: [22.5726, 88.3639], mumbai: [19.076, 72.8777], delhi: [28.6139, 77.209], 'new delhi': [28.6139, 77.209],
  bengaluru: [12.9716, 77.5946], bangalore: [12.9716, 77.5946], chennai: [13.0827, 80.2707],
  hyderabad: [17.385, 78.4867], pune: [18.5204, 73.8567], ahmedabad: [23.0225, 72.5714], jaipur: [26.9124, 75.7873],
  lucknow: [26.8467, 80.9462],
};
const INDIA_CENTRE: [number, number] = [20.5937, 78.9629];

export function defaultCoordinates(city: string): [number, number] {
  return CITY_CENTRES[city.trim().toLowerCase()] ?? INDIA_CENTRE;
}

interface Values {
  name: string; category: string; addressLine: string; city: string; postalCode: string; country: string;
  latitude: string; longitude: string; phone: string; hours: Hours;
}

const DEFAULT_HOURS: Hours = hoursOf(Object.fromEntries(
  WEEKDAYS.map((d) => [d, d === 'SUNDAY' ? [] : [{ opens: '10:00', closes: '20:00' }]])));

function initial(b?: Business): Values {
  return {
    name: b?.name ?? '', category: b?.category ?? 'salon', addressLine: b?.addressLine ?? '', city: b?.city ?? '',
    postalCode: b?.postalCode ?? '', country: b?.country ?? 'IN',
    latitude: b ? String(b.latitude) : '', longitude: b ? String(b.longitude) : '', phone: b?.phone ?? '',
    hours: b ? hoursOf(b.operatingHours) : DEFAULT_HOURS,
  };
}

export function toRequest(v: Values): BusinessRequest {
  const [lat, lng] = defaultCoordinates(v.city);
  return {
    name: v.name, category: v.category, addressLine: v.addressLine || null, city: v.city,
    postalCode: v.postalCode || null, country: v.country.toUpperCase(),
    latitude: v.latitude.trim() ? Number(v.latitude) : lat,
    longitude: v.longitude.trim() ? Number(v.longitude) : lng,
    phone: v.phone || null,
    operatingHours: v.hours,
  };
}

interface Props {
  business?: Business;
  submitLabel: string;
  onSubmit: (request: BusinessRequest) => Promise<unknown>;
}

/** The business profile: what it is, where it is, when it is open. */
export function BusinessForm({ business, submitLabel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [v, setV] = useState<Values>(() => initial(business));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });
  const [hourErrors, setHourErrors] = useState<Partial<Record<Weekday, string>>>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = hoursErrors(v.hours, t);
    setHourErrors(wrong);
    if (Object.keys(wrong).length) return;
    setBusy(true);
    setError(null);
    try {
      await onSubmit(business ? asRequest(business, toRequest(v)) : toRequest(v));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorAlert error={error} />
      <Field label={t('business.name')} value={v.name} onChange={set('name')} error={fieldError(error, 'name')} />
      <SelectField label={t('business.category')} value={v.category} onChange={set('category')}
        error={fieldError(error, 'category')}
        options={CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
      <Field label={t('business.address')} value={v.addressLine} onChange={set('addressLine')}
        error={fieldError(error, 'addressLine')} autoComplete="street-address" />
      <div className="grid gap-x-4 sm:grid-cols-3">
        <Field label={t('business.city')} value={v.city} onChange={set('city')} error={fieldError(error, 'city')}
          autoComplete="address-level2" />
        <Field label={t('business.postalCode')} value={v.postalCode} onChange={set('postalCode')}
          error={fieldError(error, 'postalCode')} autoComplete="postal-code" />
        <Field label={t('business.country')} hint={t('business.countryHint')} value={v.country}
          onChange={set('country')} error={fieldError(error, 'country')} maxLength={2} />
      </div>
      <Field label={t('business.phone')} hint={t('business.phoneHint')} type="tel" value={v.phone}
        onChange={set('phone')} error={fieldError(error, 'phone')} autoComplete="tel" />
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">{t('business.coordinates')}</legend>
        <p className="text-sm text-slate-600">{t('business.coordinatesHint')}</p>
        <div className="grid grid-cols-2 gap-x-4">
          <Field label={t('business.latitude')} inputMode="decimal" value={v.latitude} onChange={set('latitude')}
            error={fieldError(error, 'latitude')} />
          <Field label={t('business.longitude')} inputMode="decimal" value={v.longitude} onChange={set('longitude')}
            error={fieldError(error, 'longitude')} />
        </div>
      </fieldset>
      <fieldset className="mb-4">
        <legend className="text-sm font-medium text-slate-800">{t('business.hours')}</legend>
        <p className="text-sm text-slate-600">{t('hours.explain')}</p>
        <OpeningHours hours={v.hours} onChange={(hours) => setV({ ...v, hours })} errors={hourErrors} />
        {fieldError(error, 'operatingHours') && (
          <p className="mt-1 text-sm font-medium text-red-800">{fieldError(error, 'operatingHours')}</p>
        )}
      </fieldset>
      <Button type="submit" busy={busy}>{submitLabel}</Button>
    </form>
  );
}
