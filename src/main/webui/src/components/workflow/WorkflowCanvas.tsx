import { useMemo, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Background, Controls, Handle as FlowHandle, Position, ReactFlow, ReactFlowProvider, useReactFlow,
  type Edge, type Node, type NodeChange, type NodeProps,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { StepRun } from '../../api/workflows';
import { TRIGGER_NODE, handlesOf, type Graph, type GraphEdge, type GraphNode } from '../../workflow/graph';
import type { Handle } from '../../workflow/stepTypes';
import { eventWords } from '../../workflow/words';
import { RUN_COLOURS } from './StepRunDetails';

export const DRAG_TYPE = 'application/vlos-step';

export interface CanvasProps {
  graph: Graph;
  selected?: string | null;
  runs?: Record<string, StepRun>;
  errorSteps?: Set<string>;
  readOnly?: boolean;
  onSelect?: (id: string | null) => void;
  onMove?: (id: string, position: { x: number; y: number }) => void;
  onConnect?: (source: string, handle: Handle | 'start', target: string) => void;
  onDeleteEdge?: (edge: GraphEdge) => void;
  onDeleteNode?: (id: string) => void;
  onDropType?: (type: string, position: { x: number; y: number }) => void;
}

type FlowData = GraphNode['data'] & { run?: StepRun; invalid?: boolean; readOnly?: boolean };

function StepNode({ id, data, selected }: NodeProps<Node<FlowData>>) {
  const { t } = useTranslation();
  const node: GraphNode = { id, type: id === TRIGGER_NODE ? 'trigger' : 'step', position: { x: 0, y: 0 }, data };
  const handles = handlesOf(node);
  const colour = data.run ? RUN_COLOURS[data.run.status] : data.invalid ? 'border-red-700 bg-red-50' : 'border-slate-400 bg-white';
  const title = data.trigger ? t(`workflows.triggers.${data.trigger.type}`) : t(`workflows.types.${data.step!.type}`, { defaultValue: data.step!.type });
  return (
    <div data-testid={`node-${id}`} data-status={data.run?.status ?? ''}
      className={`w-48 rounded-lg border-2 px-3 pt-2 pb-5 text-sm shadow-sm ${colour} ${selected ? 'ring-2 ring-indigo-600' : ''}`}>
      {id !== TRIGGER_NODE && <FlowHandle type="target" position={Position.Top} />}
      <p className="text-xs text-slate-600 uppercase">{data.trigger ? t('workflows.trigger') : id}</p>
      <p className="font-semibold">{title}</p>
      {data.trigger?.event && <p className="text-xs" title={data.trigger.event}>{eventWords(t, data.trigger.event)}</p>}
      {data.run && <p className="text-xs font-medium">{t(`workflows.runStatus.${data.run.status}`)}</p>}
      {data.invalid && !data.run && <p className="text-xs font-medium text-red-800">{t('workflows.hasErrors')}</p>}
      {handles.map((h, i) => (
        <FlowHandle key={h} id={h} type="source" position={Position.Bottom} isConnectable={!data.readOnly}
          style={{ left: `${((i + 1) / (handles.length + 1)) * 100}%` }} title={h}>
          {h !== 'start' && h !== 'next' && <span className="pointer-events-none absolute top-2 -translate-x-1/2 text-[10px] text-slate-700">{t(`workflows.edges.${h}`)}</span>}
        </FlowHandle>
      ))}
    </div>
  );
}

const NODE_TYPES = { step: StepNode, trigger: StepNode };

function Canvas(props: CanvasProps) {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const nodes: Node<FlowData>[] = useMemo(() => props.graph.nodes.map((n) => ({
    id: n.id, type: n.type, position: n.position, selected: n.id === props.selected, deletable: !props.readOnly && n.type === 'step',
    data: { ...n.data, run: props.runs?.[n.id], invalid: props.errorSteps?.has(n.id), readOnly: props.readOnly },
  })), [props.graph.nodes, props.selected, props.runs, props.errorSteps, props.readOnly]);
  const edges: Edge[] = useMemo(() => props.graph.edges.map((e) => ({
    id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle, label: e.label ? t(`workflows.edges.${e.label}`) : undefined,
    deletable: !props.readOnly, style: e.sourceHandle === 'onError' || e.sourceHandle === 'onFalse' || e.sourceHandle === 'onReject' ? { stroke: '#b91c1c' } : undefined,
  })), [props.graph.edges, props.readOnly, t]);

  const onNodesChange = (changes: NodeChange<Node<FlowData>>[]) => {
    for (const c of changes) {
      if (c.type === 'position' && c.position) props.onMove?.(c.id, c.position);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const type = event.dataTransfer.getData(DRAG_TYPE);
    if (type) props.onDropType?.(type, flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
  };
  return (
    <ReactFlow nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} fitView minZoom={0.3}
      nodesDraggable={!props.readOnly} nodesConnectable={!props.readOnly} elementsSelectable
      onNodesChange={onNodesChange}
      onNodeClick={(_, node) => props.onSelect?.(node.id)}
      onPaneClick={() => props.onSelect?.(null)}
      onConnect={(c) => c.source && c.target && props.onConnect?.(c.source, (c.sourceHandle ?? 'next') as Handle, c.target)}
      onEdgesDelete={(deleted) => deleted.forEach((d) => {
        const edge = props.graph.edges.find((e) => e.id === d.id);
        if (edge) props.onDeleteEdge?.(edge);
      })}
      onNodesDelete={(deleted) => deleted.forEach((n) => props.onDeleteNode?.(n.id))}
      onDragOver={(e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; }}
      onDrop={onDrop}
      aria-label={t('workflows.canvas')}>
      <Background />
      <Controls showInteractive={false} />
    </ReactFlow>
  );
}

/** The workflow as a graph (@xyflow/react): drawn from the definition, every change goes back through callbacks. */
export default function WorkflowCanvas(props: CanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
