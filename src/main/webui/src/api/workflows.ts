/** What the workflow API speaks (see docs/workflows.md). */
import { api } from './client';

export interface TriggerDefinition {
  type: string;
  event?: string | null;
  filter?: string | null;
  schedule?: string | null;
  missed?: string | null;
  settings?: Record<string, unknown> | null;
}

export type EdgeName = 'next' | 'onTrue' | 'onFalse' | 'onError' | 'onApprove' | 'onReject' | 'onTimeout';

export interface StepDefinition {
  id: string;
  type: string;
  settings?: Record<string, unknown>;
  next?: string | null;
  onTrue?: string | null;
  onFalse?: string | null;
  onError?: string | null;
  onApprove?: string | null;
  onReject?: string | null;
  onTimeout?: string | null;
}

export interface WorkflowDefinition {
  trigger?: TriggerDefinition | null;
  steps?: StepDefinition[] | null;
  inputSchema?: { required?: string[]; properties?: Record<string, string> } | null;
  output?: string | null;
}

export interface Workflow {
  id: string;
  businessId?: string | null;
  name: string;
  description?: string | null;
  status: 'ACTIVE' | 'PAUSED';
  publishedVersion?: number | null;
  active: boolean;
  draft: WorkflowDefinition;
  createdAt: string;
  updatedAt: string;
}

export interface WorkflowRequest extends WorkflowDefinition {
  name: string;
  description?: string | null;
  businessId?: string | null;
}

export interface FieldErrorView {
  field: string;
  message: string;
}

export interface WorkflowTemplate {
  id: string;
  name: string;
  description: string;
  placeholders: string[];
  definition: WorkflowDefinition;
}

export type ExecutionStatus = 'RUNNING' | 'WAITING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED' | 'SKIPPED';
export type StepRunStatus = 'RUNNING' | 'WAITING' | 'SUCCEEDED' | 'FAILED';

export interface StepRun {
  stepKey: string;
  stepId: string;
  type: string;
  status: StepRunStatus;
  attempt: number;
  edge?: string | null;
  input?: unknown;
  output?: unknown;
  error?: string | null;
  waitUntil?: string | null;
  startedAt: string;
  finishedAt?: string | null;
}

export interface Execution {
  id: string;
  workflowId: string;
  workflowName: string;
  version: number;
  businessId?: string | null;
  status: ExecutionStatus;
  triggerType: string;
  trigger?: unknown;
  output?: unknown;
  error?: string | null;
  failedStep?: string | null;
  startedAt: string;
  finishedAt?: string | null;
  /** A test run: nothing it did left the product (messages "would have been sent"). */
  sandbox?: boolean;
  steps?: StepRun[] | null;
}

export interface ExpressionResult {
  valid: boolean;
  value?: unknown;
  error?: string | null;
  stage?: 'check' | 'evaluate' | null;
}

export interface RecentEvent {
  id: string;
  topic: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export const EVENT_TOPICS = ['lead.created', 'lead.status_changed', 'sale.recorded', 'review.received',
  'appointment.booked', 'appointment.cancelled', 'appointment.no_show', 'appointment.completed', 'payment.paid',
  'post.published', 'task.done', 'delivery.failed'];
export const AI_TOPICS = ['prediction.threshold', 'anomaly.detected'];
export const TRIGGER_TYPES = ['manual', 'event', 'schedule', 'webhook', 'ai'];

/** A test run of the published version: in the sandbox whatever the connections' mode, so nothing leaves the product. */
export function startTestRun(workflowId: string, payload: unknown) {
  return api<{ executionId: string }>(`/workflows/${workflowId}/run?sandbox=true`, { method: 'POST', body: payload });
}
