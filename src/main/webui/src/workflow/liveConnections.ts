import type { Connection } from '../api/types';
import type { Graph } from './graph';

/** The live connections the steps use: a test run through one of them really sends. */
export function liveConnectionsUsed(graph: Graph, connections: Connection[]): Connection[] {
  const used = new Set(graph.nodes.map((n) => n.data.step?.settings?.connectionId).filter((id): id is string => typeof id === 'string'));
  return connections.filter((c) => c.mode === 'LIVE' && used.has(c.id));
}
