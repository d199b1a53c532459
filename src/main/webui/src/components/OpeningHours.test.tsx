import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18n from '../i18n';
import type { Business } from '../api/types';
import { BusinessForm } from './BusinessForm';

afterEach(() => vi.unstubAllGlobals());

const SPLIT: Business = {
  id: 'b-1', name: 'Asha Salon', category: 'salon', city: 'Pune', country: 'IN', latitude: 18.5, longitude: 73.8,
  serviceRadiusKm: 5, timeZone: 'Asia/Kolkata', createdAt: '2026-01-01T00:00:00Z',
  operatingHours: { MONDAY: [{ opens: '09:00:00', closes: '14:00:00' }, { opens: '16:00:00', closes: '20:00:00' }],
    TUESDAY: [{ opens: '10:00', closes: '18:00' }], SUNDAY: [] },
};

describe('Opening hours in the profile', () => {
  it('keeps split hours, edits a day of its own, refuses overlapping periods and sends every day', async () => {
    await i18n.changeLanguage('en');
    const onSubmit = vi.fn(async () => undefined);
    render(<BusinessForm business={SPLIT} submitLabel="Save" onSubmit={onSubmit} />);
    expect((screen.getByLabelText('Mon: opens (period 2)') as HTMLInputElement).value).toBe('16:00');
    expect(screen.getAllByText('Closed')).toHaveLength(5); // Wed to Sun

    await userEvent.click(screen.getByRole('button', { name: 'Sat: add a period' }));
    fireEvent.change(screen.getByLabelText('Sat: opens (period 1)'), { target: { value: '08:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Sat: add a period' }));
    fireEvent.change(screen.getByLabelText('Sat: opens (period 2)'), { target: { value: '12:00' } });
    fireEvent.change(screen.getByLabelText('Sat: closes (period 2)'), { target: { value: '22:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Periods must not overlap.')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Sat: opens (period 2)'), { target: { value: '20:00' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tue: remove period 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    const calls = onSubmit.mock.calls as unknown as [{ operatingHours: unknown }][];
    expect(calls[0][0].operatingHours).toEqual({
      MONDAY: [{ opens: '09:00', closes: '14:00' }, { opens: '16:00', closes: '20:00' }], TUESDAY: [], WEDNESDAY: [],
      THURSDAY: [], FRIDAY: [], SATURDAY: [{ opens: '08:00', closes: '20:00' }, { opens: '20:00', closes: '22:00' }], SUNDAY: [],
    });
  });
});
