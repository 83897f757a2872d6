import { Background, Controls, Handle, Position, ReactFlow } from '@xyflow/react';
import type { Edge, Node, NodeProps } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { layoutRelationshipMap } from './layout.ts';
import type { MapNode, MapRelationship, MapStakeholder } from './layout.ts';

type PersonNode = Node<{ person: MapNode }, 'person'>;

/** One person on the map: name, and buying role with personal trust for stakeholders. */
const PersonNodeView = ({ data }: NodeProps<PersonNode>) => {
  const { person } = data;
  return (
    <div
      className={`relationship-map__node relationship-map__node--${person.kind}${person.hasLeft ? ' relationship-map__node--left' : ''}`}
      data-testid={`map-node-${person.kind}`}
      aria-label={`${person.label}${person.detail !== null ? `, ${person.detail}` : ''}`}
    >
      {person.kind === 'stakeholder' ? <Handle type="target" position={Position.Left} /> : null}
      <strong>{person.label}</strong>
      {person.detail !== null ? <span>{person.detail}</span> : null}
      {person.kind === 'team-member' ? <Handle type="source" position={Position.Right} /> : null}
    </div>
  );
};

const nodeTypes = { person: PersonNodeView };

/** The interactive relationship map of an account (pan, zoom, drag). */
export const RelationshipMapGraph = ({
  stakeholders,
  relationships,
}: {
  stakeholders: MapStakeholder[];
  relationships: MapRelationship[];
}) => {
  const { nodes, edges } = useMemo(() => {
    const layout = layoutRelationshipMap(stakeholders, relationships);
    return {
      nodes: layout.nodes.map((node): PersonNode => ({
        id: node.id,
        type: 'person',
        position: { x: node.x, y: node.y },
        data: { person: node },
        draggable: node.kind !== 'level',
        selectable: false,
      })),
      edges: layout.edges.map((edge): Edge => ({
        id: edge.id,
        source: edge.source,
        target: edge.target,
        ariaLabel: edge.description,
        style: {
          strokeWidth: edge.width,
          stroke: edge.isToLeft ? '#b4b4b4' : '#4f6bed',
          ...(edge.isToLeft ? { strokeDasharray: '6 4' } : {}),
        },
      })),
    };
  }, [stakeholders, relationships]);
  return (
    <div className="relationship-map__canvas" style={{ height: 600 }}>
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView nodesConnectable={false}>
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
};
