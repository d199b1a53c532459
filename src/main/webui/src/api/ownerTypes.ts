import type { Activity, Money } from './types';

// What the owner-settings screens (review and referral settings, budget curves, category configuration, API keys,
// competitor alerts) read and send. Kept apart from types.ts so the screens can grow without touching it.

export type ReferralTrigger = 'AFTER_REVIEW' | 'AFTER_SALE' | 'OFF';

export interface ReferralSettings {
  businessId: string;
  googlePlaceId: string | null;
  reviewLink: string | null;
  reviewRequestDelayMinutes: number;
  referralTrigger: ReferralTrigger;
  reviewSyncHours: number | null;
  reviewRequestCooldownDays: number;
  updatedAt: string | null;
}

export interface ReferralSettingsRequest {
  googlePlaceId: string | null;
  reviewRequestDelayMinutes: number;
  referralTrigger: ReferralTrigger;
  reviewSyncHours: number | null;
  reviewRequestCooldownDays: number;
}

export type CurveSource = 'DEFAULT' | 'FITTED' | 'BUSINESS' | 'BUSINESS_FITTED';

export interface BudgetCurves {
  businessId: string;
  currency: string;
  formula: string;
  fitMethod: string;
  priorWeight: number;
  curves: { activity: Activity; goal: string; scaleA: number; spendBMinor: number; source: CurveSource; observations: number; defaultScaleA: number }[];
  activities: { activity: Activity; minSpend: Money; maxSpend: Money | null; source: string }[];
}

export interface CurveSetting { activity: Activity; goal: string; a: number; b: number }
export interface ActivitySetting { activity: Activity; minMinor: number; maxMinor: number | null }

export interface PostingWindow { name: string; start: string; end: string }

export interface CategoryConfig {
  automationPriorities: string[];
  contentThemes: string[];
  postingWindows: PostingWindow[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  permissions: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface ApiKeyCreated { apiKey: ApiKey; key: string }

export interface CompetitorAlert {
  id: string;
  competitorId: string;
  competitorName: string;
  kind: 'RATING' | 'REVIEW_COUNT' | string;
  previousValue: number;
  currentValue: number;
  previousAt: string;
  observedAt: string;
}
