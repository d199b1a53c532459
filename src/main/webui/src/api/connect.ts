import { api } from './client';
import type { ChannelKind, Connection } from './types';

/** Which platform connect flows the operator configured (GET /connect/options). */
export interface ConnectOptions {
  facebook: boolean;
  whatsapp: boolean;
  google: boolean;
  metaAppId: string | null;
  whatsappConfigId: string | null;
  graphVersion: string;
}

export type ConnectProvider = 'facebook' | 'whatsapp' | 'google';

export interface StartedFlow {
  flowId: string;
  provider: string;
  authorizationUrl: string | null;
  state: string;
  expiresAt: string;
}

export interface ConnectChoice {
  kind: ChannelKind;
  id: string;
  name: string;
  detail: string | null;
}

export interface FlowChoices {
  flowId: string;
  provider: string;
  choices: ConnectChoice[];
}

export const connectOptions = () => api<ConnectOptions>('/connect/options');

export const startFlow = (businessId: string, provider: ConnectProvider) =>
  api<StartedFlow>(`/businesses/${businessId}/connect/${provider}`, { method: 'POST' });

export const finishCallback = (provider: ConnectProvider, state: string, code: string) =>
  api<FlowChoices>(`/connect/${provider}/callback`, { body: { state, code } });

export const chooseConnections = (flowId: string, choices: { kind: ChannelKind; id: string }[], live: boolean) =>
  api<Connection[]>(`/connect/flows/${flowId}/choose`, { body: { choices, mode: live ? 'LIVE' : 'SANDBOX' } });

export const finishWhatsApp = (body: { state: string; code: string; wabaId: string; phoneNumberId: string }) =>
  api<Connection>('/connect/whatsapp', { body });
