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

/** A kind of model the API offers, with its algorithm and the targets it accepts (GET /analytics/kinds). */
export interface ModelKindChoice {
  kind: ModelKind;
  algorithm: string;
  targets: string[];
}

/** A training of a model: its status while queued or running (progress 0-100) and its holdout metrics once trained. */
export interface ModelVersion {
  number: number;
  status: 'QUEUED' | 'RUNNING' | 'TRAINED' | 'FAILED' | 'CANCELLED' | string;
  reason: string | null;
  progress: number;
  dataFrom: string | null;
  dataTo: string | null;
  rowCount: number | null;
  metrics: Record<string, unknown> | null;
  error: string | null;
  deployed: boolean;
  createdAt: string;
  finishedAt: string | null;
}

/** A version still being trained (the screen polls it). */
export const isTraining = (v: { status: string } | null | undefined) => v?.status === 'QUEUED' || v?.status === 'RUNNING';
