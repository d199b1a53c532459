// What the service's API speaks (see /q/openapi).

export interface Money {
  amountMinor: number;
  currency: string;
}

export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  limit?: string;
  allowed?: number;
}

export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshToken: string;
  tenantId: string;
  userId: string;
  role: string;
  permissions: string[];
}

export interface OpeningPeriod {
  opens: string;
  closes: string;
}

export type Weekday = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
export const WEEKDAYS: Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

export interface QuietHours {
  start: string;
  end: string;
}

export interface BusinessRequest {
  name: string;
  category: string;
  addressLine?: string | null;
  city: string;
  postalCode?: string | null;
  country: string;
  latitude: number;
  longitude: number;
  serviceRadiusKm?: number | null;
  monthlyBudget?: Money | null;
  language?: string | null;
  timeZone?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  channelAccounts?: Record<string, string | null> | null;
  performance?: Record<string, number | null> | null;
  operatingHours?: Partial<Record<Weekday, OpeningPeriod[]>> | null;
  quietHours?: QuietHours | null;
}

export interface Business extends BusinessRequest {
  id: string;
  /** The website form posts leads to /public/lead-forms/{leadFormKey}. */
  leadFormKey?: string | null;
  serviceRadiusKm: number;
  timeZone: string;
  createdAt: string;
}

export const CATEGORIES = ['salon', 'restaurant', 'retail', 'clinic', 'home_service', 'gym', 'other'] as const;

export type ChannelKind =
  | 'WHATSAPP'
  | 'FACEBOOK_PAGE'
  | 'INSTAGRAM'
  | 'GOOGLE_BUSINESS_PROFILE'
  | 'SMS_TWILIO'
  | 'EMAIL_SENDGRID'
  | 'SLACK'
  | 'WEBHOOK';

export interface Connection {
  id: string;
  businessId: string;
  kind: ChannelKind;
  name: string;
  platformIds: Record<string, string>;
  credentialNames: string[];
  mode: 'SANDBOX' | 'LIVE';
  status: string;
  lastError?: string | null;
  lastCheckedAt?: string | null;
  createdAt: string;
}

export interface ConnectionTest {
  ok: boolean;
  status: string;
  message?: string | null;
  simulated: boolean;
  checkedAt: string;
}

export interface PlatformRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | null;
}

export interface Delivery {
  id: string;
  connectionId: string;
  channel: ChannelKind;
  actionType: string;
  idempotencyKey: string;
  recipient?: string | null;
  mode: string;
  status: string;
  requests: PlatformRequest[];
  createdAt: string;
}

export interface DaySettings {
  businessId: string;
  runAt?: string | null;
  runAtSource: string;
  timeZone: string;
  paused: boolean;
  photoUrls: string[];
  summary: string;
  nextRunAt?: string | null;
}

export type PlanTaskStatus =
  | 'PLANNED'
  | 'RUNNING'
  | 'DONE'
  | 'SIMULATED'
  | 'FAILED'
  | 'WITHHELD'
  | 'MANUAL'
  | 'BLOCKED';

export interface PlanTask {
  id: string;
  position: number;
  taskType: string;
  channel?: ChannelKind | null;
  connectionId?: string | null;
  mode: 'AUTOMATED' | 'MANUAL';
  status: PlanTaskStatus;
  title: string;
  detail?: string | null;
  /** Set when the detail is a text for customers (a post, a reply), in their language */
  detailLanguage?: string | null;
  trigger?: string | null;
  attempts: number;
  deliveryId?: string | null;
  manualTaskId?: string | null;
  error?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface DayPlan {
  businessId: string;
  date: string;
  status: string;
  trigger?: string | null;
  timeZone: string;
  scheduledFor?: string | null;
  startedAt?: string | null;
  finishedAt?: string | null;
  note?: string | null;
  runs: number;
  counts: Record<string, number>;
  tasks: PlanTask[];
}

export interface TaskTypeCount {
  taskType: string;
  automated: number;
  manual: number;
  sandbox: number;
  failed: number;
  baselinesUsed: number[];
  minutesSaved: number;
}

export interface Metrics {
  businessId: string;
  period: 'DAY' | 'WEEK' | 'MONTH';
  from: string;
  to: string;
  timeZone: string;
  figures: {
    automationPercent: number | null;
    automatedTasks: number;
    manualTasks: number;
    totalTasks: number;
    failedTasks: number;
    sandboxTasks: number;
    minutesSaved: number;
    hoursSaved: number;
    valueOfTimeSaved: Money | null;
    revenueAttributed: Money | null;
    subscriptionPrice: Money | null;
    roi: number | null;
    roiNote?: string | null;
  };
  inputs: {
    taskTypes: TaskTypeCount[];
    hourlyRate: Money | null;
    hourlyRateSource?: string | null;
    monthlyPrice: Money | null;
    plan: string;
  };
}

export interface Guidance {
  key: string;
  title: string;
  category: string;
  steps: string[];
  checklist: string[];
  talkingPoints: string[];
  estimatedMinutes: number;
  potentialImpact?: string | null;
}

export type ManualTaskStatus = 'OPEN' | 'IN_PROGRESS' | 'DONE' | 'DISMISSED';

export interface ManualTask {
  id: string;
  businessId: string;
  title: string;
  reason?: string | null;
  priority: string;
  status: ManualTaskStatus;
  estimatedMinutes: number;
  potentialImpact?: string | null;
  trigger?: string | null;
  reference?: string | null;
  createdAt: string;
  startedAt?: string | null;
  completedAt?: string | null;
  minutesSpent?: number | null;
  dismissedReason?: string | null;
  guidanceKey: string;
  guidance?: Guidance | null;
}

export interface UserView {
  id: string;
  email: string;
  name?: string | null;
  role: string;
  status: string;
  createdAt: string;
  language?: string | null;
}

export interface Me {
  user: UserView;
  tenantId: string;
  permissions: string[];
}

export type LeadSource = 'API' | 'FORM' | 'WHATSAPP' | 'SMS' | 'FACEBOOK';

export interface LeadRule {
  label: string;
  source?: LeadSource | null;
  keywords?: string[] | null;
  fromHour?: number | null;
  toHour?: number | null;
  minValueMinor?: number | null;
  priority: LeadPriority;
  reason: string;
}

export interface LeadRules { rules: LeadRule[]; defaults: boolean }

export interface FollowUpStep {
  delayHours: number;
  channel?: ChannelKind | null;
  templateName: string;
  textKey?: string | null;
  text?: string | null;
}

export interface FollowUps { steps: FollowUpStep[]; defaults: boolean }

export interface ContentSettings {
  businessId: string;
  weeklyContent: boolean;
  autoPublish: boolean;
  llmEnabled: boolean;
  llmConfigured: boolean;
}

export interface OwnDate { id: string; businessId: string; name: string; date: string }

export type BudgetGoal = 'LEADS' | 'FOOTFALL' | 'REVIEWS';
export interface GoalTarget { goal: BudgetGoal; monthlyTarget?: number | null; weight?: number | null }

export interface ResultEntry {
  activity: string;
  spendMinor: number;
  leads?: number | null;
  footfall?: number | null;
  reviews?: number | null;
}

export interface SaleRecorded {
  id: string;
  contactId: string;
  amount: Money;
  occurredAt: string;
  referralCode?: string | null;
  reviewRequestStatus?: string | null;
  alreadyRecorded: boolean;
}

export interface SaleImport { received: number; created: number; alreadyRecorded: number }

export interface CompetitorImport { observedAt: string; competitors: number; newCompetitors: number; alertsRaised: number }

export interface InviteCreated {
  user: UserView;
  inviteToken: string;
  expiresAt: string;
}

export interface PlanUsage {
  plan: { code: string; tier: string; monthlyPriceMinor: number; currency: string };
  limits: { limit: string; allowed: number; used?: number | null }[];
}

// ---- leads and conversations

export type LeadStatus = 'NEW' | 'CONTACTED' | 'ENGAGED' | 'QUALIFIED' | 'CONVERTED' | 'LOST';
export const LEAD_STATUSES: LeadStatus[] = ['NEW', 'CONTACTED', 'ENGAGED', 'QUALIFIED', 'CONVERTED', 'LOST'];
export type LeadPriority = 'HIGH' | 'MEDIUM' | 'LOW';

export interface LeadSummary {
  id: string;
  businessId: string;
  contactId: string;
  contactName?: string | null;
  contactPhone?: string | null;
  source: string;
  status: LeadStatus;
  priority: LeadPriority;
  labels: string[];
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Lead extends Omit<LeadSummary, 'contactId' | 'contactName' | 'contactPhone'> {
  contact: { id: string; name: string | null; phone: string | null; email: string | null };
  matchedRules: { label: string; priority: LeadPriority; reason: string }[];
  valueMinor: number | null;
  replyChannel: string | null;
  history: { fromStatus: LeadStatus | null; toStatus: LeadStatus | null; cause: string; deliveryId: string | null; at: string }[];
  pendingFollowUps: { jobId: string; step: number; runAt: string; channel: ChannelKind | null; templateName: string | null }[];
}

export interface ConversationMessage {
  direction: 'IN' | 'OUT';
  channel: ChannelKind;
  text: string | null;
  at: string;
  status?: string | null;
  deliveryId?: string | null;
  error?: string | null;
}

export interface Conversation {
  contact: Lead['contact'];
  messages: ConversationMessage[];
}

export interface ManualMessageResult {
  deliveryId: string | null;
  channel: ChannelKind;
  status: string;
  reason: string | null;
  message: string | null;
}

// ---- content bot

export type PostStatus = 'DRAFT' | 'APPROVED' | 'REJECTED' | 'SCHEDULED' | 'PUBLISHED' | 'FAILED';

export interface ContentPost {
  id: string;
  businessId: string;
  platform: ChannelKind;
  isoWeek: string;
  date: string;
  scheduledAt: string;
  scheduledLocal: string;
  status: PostStatus;
  text: string;
  characters: number;
  theme: string | null;
  festival: string | null;
  language: string | null;
  imageUrl: string | null;
  needsImage: boolean;
  writer: string;
  callToAction: string | null;
  link: string | null;
  error: string | null;
  simulated: boolean;
  /** Why the owner must read it before it is published (a price, discount or offer the business has not set). */
  needsReview?: string | null;
  approvedAt: string | null;
  publishedAt: string | null;
}

// ---- reviews and referrals

export interface Review {
  id: string;
  platform: ChannelKind;
  reviewerName: string | null;
  stars: number;
  comment: string | null;
  reviewedAt: string | null;
  handling: 'AUTO_REPLY' | 'PERSON' | 'ALREADY_REPLIED' | null;
  replyStatus: 'NEW' | 'REPLYING' | 'REPLIED' | 'SIMULATED' | 'NEEDS_PERSON' | 'FAILED';
  repliedBy: 'AUTOMATION' | 'OWNER' | 'PLATFORM' | null;
  answeredBy: 'DAILY_PLAN' | 'REVIEW_SYNC' | 'OWNER' | null;
  replyText: string | null;
  suggestedReply: string | null;
  repliedAt: string | null;
  manualTaskId: string | null;
}

export interface ReviewSyncResult {
  listingsRead: number;
  newReviews: number;
  autoReplies: number;
  handedToOwner: number;
}

export interface OwnerReplyResult {
  review: Review;
  deliveryStatus: string | null;
  deliveryId: string | null;
  error: string | null;
}

export interface ReferralStats {
  from: string;
  to: string;
  codesSent: number;
  salesUsingCodes: number;
  codesUsed: number;
  referredRevenue: Money[];
  conversionRate: number | null;
}

// ---- insights, competitors, budget plan

export interface Insight {
  id: string;
  type: string;
  subject: string | null;
  title: string;
  description: string | null;
  priority: string;
  impactScore: number;
  expectedImpact: string | null;
  effortMinutes: number;
  costMinor: number;
  currency: string | null;
  actionableToday: boolean;
  impactPerHour: number;
  status: 'NEW' | 'DONE' | 'DISMISSED';
}

export interface CompetitorAnalysis {
  serviceRadiusKm: number;
  areaKm2: number;
  competitorsInRadius: number;
  excludedOutsideRadius: number;
  saturationPerKm2: number;
  own: { rating: number | null; reviewCount: number | null; source: string | null } | null;
  rankByRating: { rank: number | null; outOf: number } | null;
  rankByReviewCount: { rank: number | null; outOf: number } | null;
  gaps: { type: string; title: string }[];
  competitors: {
    id: string;
    name: string;
    distanceMetres: number;
    rating: number | null;
    reviewCount: number | null;
    priceLevel: number | null;
    hasWebsite: boolean | null;
    closesAt: string | null;
  }[];
}

export type Activity = 'ORGANIC_CONTENT' | 'LOCAL_SEARCH_ADS' | 'SOCIAL_ADS' | 'TOOLS' | 'PROMOTIONS';

export interface BudgetPlan {
  budget: Money | null;
  allocated: Money | null;
  unallocated: Money | null;
  strategy: string | null;
  strategyFocus: string | null;
  allocations: { activity: Activity; spend: Money; expected: Record<string, number> }[];
  freeActions: { key: string; title: string; goal: string; expectedPerMonth: number; minutesPerWeek: number; automated: boolean }[];
  paidRecommendations: { activity: Activity; spendPerMonth: Money; text: string }[];
}

export interface PostEngagement {
  id: string;
  channel: string;
  platformPostId: string;
  text: string | null;
  publishedAt: string;
  likes: number | null;
  comments: number | null;
  shares: number | null;
  reach: number | null;
  views: number | null;
  reads: number;
  lastReadAt: string | null;
  nextReadAt: string | null;
  lastError: string | null;
}

export interface ChannelEngagement {
  channel: string;
  posts: number;
  likes: number;
  comments: number;
  shares: number;
  postsWithReach: number;
  reach: number;
  views: number;
}

export interface EngagementReport {
  businessId: string;
  from: string;
  days: number;
  channels: ChannelEngagement[];
  posts: PostEngagement[];
}

/** One day of the Home screen's chart (GET /home). */
export interface HomeDayFigures {
  date: string;
  automatedTasks: number;
  sandboxTasks: number;
  hoursSaved: string | number;
}

/** Everything Home shows, in one answer (GET /home). */
export interface Home {
  businesses: Business[];
  businessId: string | null;
  plan: DayPlan | null;
  week: Metrics | null;
  recentDays: HomeDayFigures[];
}
