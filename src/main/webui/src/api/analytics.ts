// The analytics hub's records as the API answers them (/api/v1/analytics).

export type ModelKind = 'FORECAST' | 'CLASSIFICATION' | 'REGRESSION' | 'ANOMALY' | 'CLUSTERING';

export interface ModelVersionSummary {
  number: number;
  status: string;
  progress: number;
  rowCount: number | null;
  metrics: Record<string, unknown> | null;
  error: string | null;
  deployed: boolean;
}

export interface AnalyticsModel {
  id: string;
  businessId: string | null;
  name: string;
  kind: ModelKind;
  algorithm: string;
  target: string;
  status: string;
  deployedVersion: number | null;
  latestVersion: ModelVersionSummary | null;
  deployedMetrics: Record<string, unknown> | null;
}

export interface ForecastPoint {
  date: string;
  value: number;
  lower: number | null;
  upper: number | null;
}

export interface Forecast {
  modelId: string;
  version: number;
  target: string;
  unit: string;
  currency: string | null;
  actuals: ForecastPoint[];
  forecast: ForecastPoint[];
  holdoutMetrics: Record<string, unknown> | null;
}

export interface CustomerAtRisk {
  contactId: string;
  name: string | null;
  phone: string | null;
  probability: number;
  valueAtRiskMonthlyMinor: number;
  currency: string;
  lastVisit: string | null;
  reasons: { feature: string; value: number }[];
}

export interface CustomersAtRisk {
  modelId: string;
  version: number;
  scored: number;
  atRisk: number;
  valueAtRiskMonthlyMinor: number;
  currency: string;
  customers: CustomerAtRisk[];
}

export interface Anomaly {
  id: string;
  businessId: string;
  metric: string;
  day: string;
  actual: number;
  expected: number;
  score: number;
  severity: 'LOW' | 'MEDIUM' | 'HIGH' | 'CRITICAL';
  direction: 'SPIKE' | 'DROP';
  impactMinor: number | null;
  currency: string | null;
  status: string;
}

/** The error figure shown for a model: sMAPE for a forecast, AUC for a classifier, from its deployed (else latest) version. */
export function accuracyOf(m: AnalyticsModel): { key: 'smape' | 'auc'; value: number } | null {
  const metrics = m.deployedMetrics ?? m.latestVersion?.metrics ?? null;
  if (!metrics) return null;
  if (typeof metrics.smape === 'number') return { key: 'smape', value: metrics.smape };
  if (typeof metrics.auc === 'number') return { key: 'auc', value: metrics.auc };
  return null;
}
