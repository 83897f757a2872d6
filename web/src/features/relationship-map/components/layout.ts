import { labels, limits, seniorityLevels } from '@fulcrum/core';
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
  /** Read by screen readers; the line's width says the same to the eye. */
  description: string;
};

// Every stakeholder sits in one column, so no line runs behind another person's card on its
// way to theirs; the levels are bands of that column, top to bottom.
const personSpacing = 62;
const bandGap = 44;
const ourColumnX = 0;
const theirColumnX = 420;
const levelLabelRise = 24;

/** Lays out our team members in one column and the stakeholders in one band per seniority
 * level, top to bottom, so gaps in coverage show as empty bands without edges. Our people are
 * ordered by the mean height of those they know, which keeps lines from crossing needlessly. */
export const layoutRelationshipMap = (
  stakeholders: readonly MapStakeholder[],
  relationships: readonly MapRelationship[],
): { nodes: MapNode[]; edges: MapEdge[] } => {
  const nodes: MapNode[] = [];
  const yOf = new Map<string, number>();
  let bandTop = 0;
  for (const level of seniorityLevels) {
    nodes.push({
      id: `level:${level}`,
      kind: 'level',
      x: theirColumnX,
      y: bandTop - levelLabelRise,
      label: labels.seniority[level],
      detail: null,
      hasLeft: false,
    });
    const band = stakeholders.filter((s) => s.seniority === level);
    band.forEach((s, index) => {
      const trust = s.personalTrust === null ? '—' : `${Math.round(s.personalTrust * 100)} %`;
      const y = bandTop + index * personSpacing;
      yOf.set(s.id, y);
      nodes.push({
        id: `stakeholder:${s.id}`,
        kind: 'stakeholder',
        x: theirColumnX,
        y,
        label: s.name,
        detail: `${labels.buyingRole[s.buyingRole]} · trust ${trust}${s.status === 'left' ? ' · left' : ''}`,
        hasLeft: s.status === 'left',
      });
    });
    // An empty level keeps one row of room, so the gap in coverage shows.
    bandTop += Math.max(1, band.length) * personSpacing + bandGap;
  }
  const bottom = bandTop - bandGap - personSpacing;
  const reached = new Map<string, { name: string; ys: number[] }>();
  for (const r of relationships) {
    const entry = reached.get(r.teamMemberId) ?? { name: r.teamMemberName, ys: [] };
    const y = yOf.get(r.stakeholderId);
    if (y !== undefined) entry.ys.push(y);
    reached.set(r.teamMemberId, entry);
  }
  const meanY = (ys: number[]) =>
    ys.length === 0 ? bottom + 1 : ys.reduce((a, b) => a + b, 0) / ys.length;
  const team = [...reached]
    .map(([id, { name, ys }]) => ({ id, name, at: meanY(ys) }))
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name));
  const spread = bottom / Math.max(1, team.length - 1);
  team.forEach(({ id, name }, index) => {
    nodes.push({
      id: `team-member:${id}`,
      kind: 'team-member',
      x: ourColumnX,
      y: team.length === 1 ? bottom / 2 : index * spread,
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
      description: `${r.teamMemberName} and ${byId.get(r.stakeholderId)!.name}, strength ${r.strength} of ${limits.relationshipStrengthMax}`,
    }));
  return { nodes, edges };
};
