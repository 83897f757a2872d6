import { describe, expect, it } from 'vitest';
import { layoutRelationshipMap } from './layout.ts';
import type { MapStakeholder } from './layout.ts';

const stakeholder = (id: string, overrides: Partial<MapStakeholder> = {}): MapStakeholder => ({
  id,
  name: id,
  buyingRole: 'user',
  seniority: 'manager',
  status: 'active',
  personalTrust: null,
  ...overrides,
});

describe('layoutRelationshipMap', () => {
  it('puts stakeholders in one band per level and our people in one column', () => {
    const { nodes, edges } = layoutRelationshipMap(
      [
        stakeholder('ceo', {
          seniority: 'executive',
          buyingRole: 'decision_maker',
          personalTrust: 0.72,
        }),
        stakeholder('dev', { seniority: 'staff', status: 'left' }),
      ],
      [
        {
          id: 'r1',
          teamMemberId: 't1',
          teamMemberName: 'Priya',
          stakeholderId: 'ceo',
          strength: 5,
        },
        { id: 'r2', teamMemberId: 't2', teamMemberName: 'Lars', stakeholderId: 'dev', strength: 1 },
      ],
    );
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('stakeholder:ceo')).toMatchObject({
      detail: 'Decision maker · trust 72 %',
      hasLeft: false,
    });
    expect(byId.get('stakeholder:dev')).toMatchObject({
      detail: 'User · trust — · left',
      hasLeft: true,
    });
    expect(byId.get('stakeholder:ceo')!.y).toBeLessThan(byId.get('stakeholder:dev')!.y);
    expect(byId.get('team-member:t1')!.x).toBe(byId.get('team-member:t2')!.x);
    expect(nodes.filter((n) => n.kind === 'level')).toHaveLength(4);
    expect(edges.map((e) => [e.width > 6, e.isToLeft])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('orders our people by the levels they reach, so their lines cross as little as possible', () => {
    const { nodes, edges } = layoutRelationshipMap(
      [
        stakeholder('ceo', { seniority: 'executive' }),
        stakeholder('lead', { seniority: 'manager' }),
        stakeholder('dev', { seniority: 'staff' }),
      ],
      [
        { id: 'r1', teamMemberId: 'z', teamMemberName: 'Zoe', stakeholderId: 'dev', strength: 2 },
        { id: 'r2', teamMemberId: 'm', teamMemberName: 'Max', stakeholderId: 'lead', strength: 3 },
        { id: 'r3', teamMemberId: 'a', teamMemberName: 'Ana', stakeholderId: 'ceo', strength: 4 },
        { id: 'r4', teamMemberId: 'm', teamMemberName: 'Max', stakeholderId: 'ceo', strength: 1 },
      ],
    );
    const ours = nodes
      .filter((n) => n.kind === 'team-member')
      .sort((a, b) => a.y - b.y)
      .map((n) => n.label);
    expect(ours).toEqual(['Ana', 'Max', 'Zoe']);
    // One column of stakeholders: no line passes behind someone else's card.
    expect(new Set(nodes.filter((n) => n.kind === 'stakeholder').map((n) => n.x)).size).toBe(1);
    expect(edges.find((e) => e.id === 'relationship:r3')?.description).toBe(
      'Ana and ceo, strength 4 of 5',
    );
  });
});
