import type { ShareActor } from '@fulcrum/core';
import { describe, expect, it } from 'vitest';
import { evaluateAccountAlerts, recordPulse } from '../../../commands/index.ts';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { api } from '../../../test/test-server.ts';

const dayMs = 86_400_000;
const dayIn = (days: number) => new Date(Date.now() + days * dayMs).toISOString().slice(0, 10);
const asShare = (token: string) => ({ headers: { authorization: `Share ${token}` } });

type Listed = {
  rule: string;
  subjectId: string;
  reason: string;
  suggestion: string;
  title: string;
};

const alertsOf = async (member: TestMember, accountId: string, status = 'active') =>
  (await api.get(`/api/alerts?accountId=${accountId}&status=${status}&limit=100`, member)).body
    .data as Listed[];

const evaluate = async (member: TestMember, accountId: string) => {
  const response = await api.post(`/api/accounts/${accountId}/alerts/evaluate`, member, {});
  expect(response.status).toBe(200);
  return response.body as { evaluated: boolean; raised: number; resolved: number };
};

/** An account known through two of our people, so coverage rules stay quiet. */
const setUp = async () => {
  const member = await buildMember();
  const account = await buildAccount(member.workspaceId, { name: 'Harbour Freight' });
  const ola = await buildStakeholder(member.workspaceId, account.id, { name: 'Ola Berg' });
  const kim = await buildTeamMember(member.workspaceId, { name: 'Kim Seller' });
  const lee = await buildTeamMember(member.workspaceId, { name: 'Lee Engineer' });
  const other = await buildStakeholder(member.workspaceId, account.id, {
    name: 'Per Lund',
    buyingRole: 'user',
    seniority: 'staff',
  });
  for (const [teamMemberId, stakeholderId] of [
    [kim.id, ola.id],
    [lee.id, other.id],
  ] as const) {
    const created = await api.post('/api/relationships', member, {
      teamMemberId,
      stakeholderId,
      strength: 3,
    });
    expect(created.status).toBe(201);
  }
  return { member, account, ola, kim };
};

const commit = async (
  member: TestMember,
  accountId: string,
  body: Record<string, unknown>,
): Promise<string> => {
  const created = await api.post(`/api/accounts/${accountId}/commitments`, member, body);
  expect(created.status).toBe(201);
  return created.body.id as string;
};

describe('commitment-at-risk on real data', () => {
  it('raises for a promise still only proposed two days before it is due, and resolves once agreed', async () => {
    const { member, account, ola, kim } = await setUp();
    const id = await commit(member, account.id, {
      side: 'ours',
      ownerTeamMemberId: kim.id,
      recipientStakeholderId: ola.id,
      text: 'Send the rollout plan',
      dueOn: dayIn(2),
      status: 'proposed',
    });
    expect((await evaluate(member, account.id)).raised).toBeGreaterThanOrEqual(1);
    const alert = (await alertsOf(member, account.id)).find((a) => a.rule === 'commitment-at-risk');
    expect(alert).toMatchObject({
      subjectId: id,
      title: 'Our commitment due in 2 days is at risk',
      reason: `“Send the rollout plan” is due in 2 days (${dayIn(2)}): it is still only proposed, Ola Berg has not agreed to it.`,
    });
    expect(alert?.suggestion).toMatch(/^Confirm the scope and the date with Ola Berg today/);

    const agreed = await api.post(`/api/commitments/${id}/transitions`, member, { to: 'agreed' });
    expect(agreed.status).toBe(200);
    expect((await evaluate(member, account.id)).resolved).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(member, account.id)).map((a) => a.rule)).not.toContain(
      'commitment-at-risk',
    );
    expect((await alertsOf(member, account.id, 'resolved')).map((a) => a.rule)).toContain(
      'commitment-at-risk',
    );
  });

  it('raises for an agreed promise whose owner broke most of their last ones on another account', async () => {
    const { member, account, ola, kim } = await setUp();
    await commit(member, account.id, {
      side: 'ours',
      ownerTeamMemberId: kim.id,
      recipientStakeholderId: ola.id,
      text: 'Run the pilot review',
      dueOn: dayIn(6),
    });
    // Nothing at risk yet: the owner has no record.
    await evaluate(member, account.id);
    expect((await alertsOf(member, account.id)).map((a) => a.rule)).not.toContain(
      'commitment-at-risk',
    );

    // Kim's record is written on another account: one kept on time, four broken.
    const elsewhere = await buildAccount(member.workspaceId, { name: 'Other Co' });
    for (const [index, to] of (
      ['kept', 'broken', 'broken', 'broken', 'broken'] as const
    ).entries()) {
      const dueOn = dayIn(-30 - index * 20);
      const id = await commit(member, elsewhere.id, {
        side: 'ours',
        ownerTeamMemberId: kim.id,
        text: `Earlier promise ${index + 1}`,
        dueOn,
      });
      const moved = await api.post(`/api/commitments/${id}/transitions`, member, {
        to,
        onDay: dueOn,
      });
      expect(moved.status).toBe(200);
    }

    // The fingerprint follows the owner's commitments elsewhere: no force needed.
    const second = await evaluate(member, account.id);
    expect(second.evaluated).toBe(true);
    const alert = (await alertsOf(member, account.id)).find((a) => a.rule === 'commitment-at-risk');
    expect(alert?.reason).toBe(
      `“Run the pilot review” is due in 6 days (${dayIn(6)}): Kim Seller kept 1 of 5 settled commitments on time (20 %, the alert starts below 60 %).`,
    );
  });
});

describe('low-pulse on real data', () => {
  it('raises from a low answer sent through a respond link, names the person, and clears when a later answer is better', async () => {
    const { member, account, ola } = await setUp();
    const created = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
      stakeholderId: ola.id,
    });
    expect(created.status).toBe(201);
    await evaluate(member, account.id);

    const pulse = await api.post('/api/shared/pulse', asShare(created.body.token), {
      trustAnswer: 2,
      valueAnswer: 4,
      backingAnswer: 3,
      comment: 'Nobody called back after the outage',
    });
    expect(pulse.status).toBe(201);
    // The pulse is part of the fingerprint: evaluating again sees it without forcing.
    const after = await evaluate(member, account.id);
    expect(after).toMatchObject({ evaluated: true });
    const alert = (await alertsOf(member, account.id)).find((a) => a.rule === 'low-pulse');
    expect(alert).toMatchObject({
      subjectId: pulse.body.id,
      title: 'Low pulse on trust from Ola Berg',
      reason: `On ${dayIn(0)}, Ola Berg answered 2 of 5 to “Can you rely on the people you work with here?”, and wrote: “Nobody called back after the outage”.`,
    });
    expect(alert?.suggestion).toMatch(/^Ask Ola Berg for a personal conversation/);

    // Fifteen days on, the same link answers 4 on trust: the low answer is cleared.
    const db = await getTestDb();
    const later = new Date(Date.now() + 15 * dayMs);
    const actor: ShareActor = {
      kind: 'share',
      workspaceId: member.workspaceId,
      shareLinkId: created.body.id,
      accountId: account.id,
      stakeholderId: ola.id,
      scope: 'respond',
    };
    await recordPulse(db, actor, { trustAnswer: 4, valueAnswer: 4, backingAnswer: 4 }, later);
    const cleared = await evaluateAccountAlerts(db, member.workspaceId, account.id, {
      now: later,
    });
    expect(cleared.resolved).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(member, account.id, 'resolved')).map((a) => a.rule)).toContain(
      'low-pulse',
    );
  });

  it('says "someone at" the account for a link that names nobody, and lets the alert go after 30 days', async () => {
    const { member, account } = await setUp();
    const created = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
    });
    const pulse = await api.post('/api/shared/pulse', asShare(created.body.token), {
      trustAnswer: 3,
      valueAnswer: 1,
      backingAnswer: 2,
    });
    expect(pulse.status).toBe(201);
    await evaluate(member, account.id);
    const alert = (await alertsOf(member, account.id)).find((a) => a.rule === 'low-pulse');
    expect(alert?.title).toBe('Low pulse on value and backing from someone at Harbour Freight');
    expect(alert?.suggestion).toMatch(/value review.*executive sponsor/);

    const db = await getTestDb();
    const evaluateIn = (days: number) =>
      evaluateAccountAlerts(db, member.workspaceId, account.id, {
        now: new Date(Date.now() + days * dayMs),
      });
    await evaluateIn(30);
    expect((await alertsOf(member, account.id)).map((a) => a.rule)).toContain('low-pulse');
    expect((await evaluateIn(31)).resolved).toBeGreaterThanOrEqual(1);
    expect((await alertsOf(member, account.id)).map((a) => a.rule)).not.toContain('low-pulse');
  });
});
