import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import i18n from '../../i18n';
import type { Forecast } from '../../api/analytics';
import { dotsOf, usePointLabel } from './ForecastPoints';

const FORECAST: Forecast = {
  modelId: 'm1', version: 2, target: 'REVENUE', unit: 'minor', currency: 'INR', holdoutMetrics: null,
  actuals: [{ date: '2026-03-08', value: 1000000, lower: null, upper: null }],
  forecast: [{ date: '2026-03-10', value: 1000000, lower: 800000, upper: 1200000 }],
};

/** The chart's dots as the Line draws them: one row a day, its label made by the page's hook. */
function Dots() {
  const label = usePointLabel(FORECAST);
  const actual = dotsOf('actual');
  const forecast = dotsOf('forecast');
  return (
    <svg>
      {actual({ cx: 10, cy: 20, index: 0, stroke: '#000', payload: { actualLabel: label(FORECAST.actuals[0], 'actual') } })}
      {actual({ cx: null, cy: null, index: 1, stroke: '#000', payload: {} })}
      {forecast({ cx: 30, cy: 40, index: 1, stroke: '#000', payload: { forecastLabel: label(FORECAST.forecast[0], 'forecast') } })}
    </svg>
  );
}

describe('forecast chart points', () => {
  it('names each point of the chart for a screen reader, in English', async () => {
    await i18n.changeLanguage('en');
    render(<Dots />);
    const names = screen.getAllByRole('img').map((dot) => dot.getAttribute('aria-label'));
    expect(names).toEqual(['8 Mar 2026: actual ₹10,000.00',
      '10 Mar 2026: forecast ₹10,000.00, 95% interval ₹8,000.00 to ₹12,000.00']);
  });

  it('and in Hindi, with Indian grouping', async () => {
    await i18n.changeLanguage('hi');
    render(<Dots />);
    const names = screen.getAllByRole('img').map((dot) => dot.getAttribute('aria-label'));
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^8 मार्च 2026: असली ₹10,000\.00$/);
    expect(names[1]).toMatch(/^10 मार्च 2026: पूर्वानुमान ₹10,000\.00, 95% दायरा ₹8,000\.00 से ₹12,000\.00$/);
    await i18n.changeLanguage('en');
  });
});
