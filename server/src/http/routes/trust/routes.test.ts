import { describe, expect, it } from 'vitest';
import {
  buildAccount,
  buildMember,
  buildSignedInMember,
  buildStakeholder,
} from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

const observe = async (
  member: { headers: Record<string, string> },
  accountId: string,
  signalName: string,
  observedAt: string,
  extra = {},
) => {
  const signal = (await api.get(`/api/signals?q=${encodeURIComponent(signalName)}`, member)).body
    .data[0];
  const response = await api.post('/api/observations', member, {
    signalId: signal.id,
    accountId,
    observedAt,
    ...extra,
  });
  expect(response.status).toBe(201);
  return response.body;
};

describe('/api/accounts/:accountId/trust', () => {
  it('samples the history of every dimension with its uncertainty', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    await observe(member, account.id, 'Refers us to peers', '2026-03-01');
    await observe(member, account.id, 'Questions our company’s staying power', '2026-06-01');
    const history = await api.get(
      `/api/accounts/${account.id}/trust/history?from=2026-01-01&to=2026-07-01&step=30d`,
      member,
    );
    expect(history.status).toBe(200);
    expect(history.body.points).toHaveLength(7);
    const [first, , , march, , , last] = history.body.points;
    expect(first.corporate).toMatchObject({ expected: 0.5, uncertainty: 1 });
    expect(march.corporate.expected).toBeGreaterThan(0.5);
    expect(last.corporate.expected).toBeLessThan(march.corporate.expected);
    expect(last.corporate.uncertainty).toBeLessThan(1);
  });

  it('explains what changed between two dates', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    await observe(member, account.id, 'Did what they said they would', '2026-02-01');
    const broken = await observe(member, account.id, 'Missed a promise to us', '2026-05-01', {
      note: 'No data export by the deadline',
    });
    const changes = await api.get(
      `/api/accounts/${account.id}/trust/changes?from=2026-03-01&to=2026-06-01`,
      member,
    );
    expect(changes.status).toBe(200);
    expect(changes.body.dimensions.reciprocal.change).toBeLessThan(0);
    expect(changes.body.dimensions.reciprocal.addedEvidence).toHaveLength(1);
    expect(changes.body.dimensions.reciprocal.addedEvidence[0]).toMatchObject({
      sourceId: broken.id,
      note: 'No data export by the deadline',
      polarity: -1,
    });
  });

  it('validates history and change queries', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const backwards = await api.get(
      `/api/accounts/${account.id}/trust/history?from=2026-06-01&to=2026-01-01`,
      member,
    );
    expect(backwards.status).toBe(400);
    const badStep = await api.get(`/api/accounts/${account.id}/trust/history?step=weekly`, member);
    expect(badStep.status).toBe(400);
    expect(badStep.body.errors[0].pointer).toBe('/querystring/step');
    expect((await api.get(`/api/accounts/${account.id}/trust/changes`, member)).status).toBe(400);
  });

  it('weighs a decision maker more than a user when fusing stakeholders', async () => {
    const member = await buildMember();
    const account = await buildAccount(member.workspaceId);
    const boss = await buildStakeholder(member.workspaceId, account.id, {
      buyingRole: 'decision_maker',
    });
    const user = await buildStakeholder(member.workspaceId, account.id, {
      buyingRole: 'user',
      seniority: 'staff',
    });
    const today = new Date().toISOString().slice(0, 10);
    await observe(member, account.id, 'Refers us to peers', today, { stakeholderId: boss.id });
    await observe(member, account.id, 'Buys on price alone', today, { stakeholderId: user.id });
    const trust = await api.get(`/api/accounts/${account.id}/trust`, member);
    const one = (id: string) =>
      trust.body.stakeholders.find((s: { stakeholderId: string }) => s.stakeholderId === id);
    expect(one(boss.id).corporate.expected).toBeGreaterThan(0.5);
    expect(one(user.id).corporate.expected).toBeLessThan(0.5);
  });
});

describe('/api/workspace/trust-settings', () => {
  it('lets an admin change the settings, which recomputes every score from the ledger', async () => {
    const admin = await buildSignedInMember({ role: 'admin' });
    const account = await buildAccount(admin.workspaceId);
    await observe(admin, account.id, 'Avoids our meetings', new Date().toISOString().slice(0, 10));
    const before = (await api.get(`/api/accounts/${account.id}/trust`, admin)).body.dimensions
      .personal.expected;

    const { settings } = (await api.get('/api/workspace/trust-settings', admin)).body;
    expect(settings).toMatchObject({
      asymmetry: 3,
      baseRate: 0.5,
      halfLifeDays: { personal: 90, corporate: 365 },
    });
    const changed = await api.put('/api/workspace/trust-settings', admin, {
      ...settings,
      asymmetry: 1,
      baseRate: 0.6,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.replay).toMatchObject({ evidenceRows: 1, scores: 1 });
    const after = (await api.get(`/api/accounts/${account.id}/trust`, admin)).body.dimensions
      .personal;
    expect(after.baseRate).toBe(0.6);
    expect(after.expected).toBeGreaterThan(before);

    const replay = await api.post('/api/workspace/trust/replay', admin);
    expect(replay.body).toMatchObject({ drifted: 0 });
  });

  it('refuses settings a member may not change, and nonsense values', async () => {
    const member = await buildMember({ role: 'member' });
    const { settings } = (await api.get('/api/workspace/trust-settings', member)).body;
    expect((await api.put('/api/workspace/trust-settings', member, settings)).status).toBe(403);
    const admin = await buildSignedInMember({ role: 'admin' });
    const bad = await api.put('/api/workspace/trust-settings', admin, {
      ...settings,
      asymmetry: 0.5,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].pointer).toBe('/asymmetry');
  });
});
