import { describe, expect, it } from 'vitest';
import type { Connection } from '../api/types';
import { definitionToGraph } from './graph';
import { liveConnectionsUsed } from './liveConnections';

const connection = (id: string, name: string, mode: 'SANDBOX' | 'LIVE'): Connection => ({
  id, businessId: 'b-1', kind: 'WHATSAPP', name, platformIds: {}, credentialNames: [], mode, status: 'CONNECTED',
} as unknown as Connection);

describe('live connections of a workflow', () => {
  it('names only the live connections its steps use', () => {
    const graph = definitionToGraph({
      trigger: { type: 'manual' },
      steps: [
        { id: 'welcome', type: 'notification', settings: { connectionId: 'c-live', to: '{{trigger.phone}}' }, next: 'hook' },
        { id: 'hook', type: 'externalApi', settings: { connectionId: 'c-sandbox' } },
      ],
    });
    const all = [connection('c-live', 'Shop WhatsApp', 'LIVE'), connection('c-sandbox', 'Test WhatsApp', 'SANDBOX'),
      connection('c-other', 'Unused live', 'LIVE')];
    expect(liveConnectionsUsed(graph, all).map((c) => c.name)).toEqual(['Shop WhatsApp']);
    expect(liveConnectionsUsed(graph, all.filter((c) => c.id !== 'c-live'))).toEqual([]);
  });
});
