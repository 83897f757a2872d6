import { labels, seniorityLevels } from '@fulcrum/core';
import type { BuyingRole, SeniorityLevel, StakeholderStatus } from '@fulcrum/core';

/** A stakeholder as the map shows them. */
export type MapStakeholder = {
  id: string;
  name: string;
  buyingRole: BuyingRole;
  seniority: SeniorityLevel;
  status: StakeholderStatus;
  /** Personal trust 0–1, or null without evidence. */
  personalTrust: number | null;
};

/** A relationship as the map draws it. */
export type MapRelationship = {
  id: string;
  teamMemberId: string;
  teamMemberName: string;
  stakeholderId: string;
  strength: number;
};

/** A positioned node of the map. */
export type MapNode = {
  id: string;
  kind: 'team-member' | 'stakeholder' | 'level';
  x: number;
  y: number;
  label: string;
  detail: string | null;
  hasLeft: boolean;
};

/** A drawn edge: thicker for a stronger relationship, dashed to someone who left. */
export type MapEdge = {
  id: string;
  source: string;
  target: string;
  width: number;
  isToLeft: boolean;
  label: string;
};

const levelHeight = 130;
const columnWidth = 190;
const ourColumnX = 0;
const theirFirstX = 420;

/** Lays out our team members in one column and the stakeholders in one band per seniority
 * level, top to bottom, so gaps in coverage show as empty bands without edges. */
export const layoutRelationshipMap = (
  stakeholders: readonly MapStakeholder[],
  relationships: readonly MapRelationship[],
): { nodes: MapNode[]; edges: MapEdge[] } => {
  const nodes: MapNode[] = [];
  seniorityLevels.forEach((level, row) => {
    nodes.push({
      id: `level:${level}`,
      kind: 'level',
      x: theirFirstX - 120,
      y: row * levelHeight,
      label: labels.seniority[level],
      detail: null,
      hasLeft: false,
    });
    stakeholders
      .filter((s) => s.seniority === level)
      .forEach((s, column) => {
        const trust = s.personalTrust === null ? '—' : `${Math.round(s.personalTrust * 100)} %`;
        nodes.push({
          id: `stakeholder:${s.id}`,
          kind: 'stakeholder',
          x: theirFirstX + column * columnWidth,
          y: row * levelHeight,
          label: s.name,
          detail: `${labels.buyingRole[s.buyingRole]} · trust ${trust}${s.status === 'left' ? ' · left' : ''}`,
          hasLeft: s.status === 'left',
        });
      });
  });
  const team = [...new Map(relationships.map((r) => [r.teamMemberId, r.teamMemberName]))];
  const spread = ((seniorityLevels.length - 1) * levelHeight) / Math.max(1, team.length - 1);
  team.forEach(([id, name], index) => {
    nodes.push({
      id: `team-member:${id}`,
      kind: 'team-member',
      x: ourColumnX,
      y: team.length === 1 ? 1.5 * levelHeight : index * spread,
      label: name,
      detail: 'Our team',
      hasLeft: false,
    });
  });
  const byId = new Map(stakeholders.map((s) => [s.id, s]));
  const edges = relationships
    .filter((r) => byId.has(r.stakeholderId))
    .map((r) => ({
      id: `relationship:${r.id}`,
      source: `team-member:${r.teamMemberId}`,
      target: `stakeholder:${r.stakeholderId}`,
      width: 1 + r.strength * 1.2,
      isToLeft: byId.get(r.stakeholderId)!.status === 'left',
      label: `strength ${r.strength}`,
    }));
  return { nodes, edges };
};
