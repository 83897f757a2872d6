import { describe, expect, it } from 'vitest';
import { hashSecret } from '../../../commands/index.ts';
import {
  buildAccount,
  buildMember,
  buildStakeholder,
  buildTeamMember,
  type TestMember,
} from '../../../test/factories.ts';
import { getTestDb } from '../../../test/test-db.ts';
import { api } from '../../../test/test-server.ts';

const day = 86_400_000;
const asShare = (token: string) => ({ headers: { authorization: `Share ${token}` } });

/** An account with a plan, both sides' commitments, and internal notes that must not be shared. */
const buildSharedAccount = async (member: TestMember) => {
  const account = await buildAccount(member.workspaceId, {
    name: 'Harbour Freight',
    notes: 'INTERNAL account note',
  });
  const stakeholder = await buildStakeholder(member.workspaceId, account.id, { name: 'Ola Berg' });
  const seller = await buildTeamMember(member.workspaceId, { name: 'Kim Seller' });
  await api.put(`/api/accounts/${account.id}/mutual-plan`, member, {
    strategy: 'Grow in the north',
    summary: 'Two regions first',
  });
  const requirement = await api.post(`/api/accounts/${account.id}/plan-requirements`, member, {
    name: 'Same-day tracking',
    response: 'Live tracking API',
  });
  const ours = await api.post(`/api/accounts/${account.id}/commitments`, member, {
    side: 'ours',
    ownerTeamMemberId: seller.id,
    recipientStakeholderId: stakeholder.id,
    text: 'Send the rollout plan',
    status: 'proposed',
  });
  const theirs = await api.post(`/api/accounts/${account.id}/commitments`, member, {
    side: 'theirs',
    ownerStakeholderId: stakeholder.id,
    text: 'Share the volumes',
  });
  await api.post(`/api/commitments/${theirs.body.id}/transitions`, member, {
    to: 'kept',
    note: 'INTERNAL transition note',
  });
  const signal = (await api.get('/api/signals?limit=1', member)).body.data[0];
  await api.post('/api/observations', member, {
    signalId: signal.id,
    accountId: account.id,
    stakeholderId: stakeholder.id,
    observedAt: '2026-01-01',
    note: 'INTERNAL observation note',
  });
  return {
    account,
    stakeholder,
    requirementId: requirement.body.id as string,
    oursId: ours.body.id as string,
    theirsId: theirs.body.id as string,
  };
};

const createLink = async (member: TestMember, accountId: string, body: object = {}) => {
  const response = await api.post(`/api/accounts/${accountId}/share-links`, member, body);
  expect(response.status).toBe(201);
  return response.body as { id: string; token: string; url: string; expiresAt: string };
};

describe('share links for the team', () => {
  it('creates a link whose token is shown once and stored only as a hash, and lists it with its last use', async () => {
    const member = await buildMember();
    const { account } = await buildSharedAccount(member);
    const before = Date.now();
    const link = await createLink(member, account.id);
    expect(link.token).toMatch(new RegExp(`^share_${member.workspaceId}_[A-Za-z0-9_-]{43}$`));
    expect(link.url).toBe(`/s/${link.token}`);
    // Default 30 days.
    expect(Date.parse(link.expiresAt) - before).toBeGreaterThanOrEqual(30 * day - 5000);
    expect(Date.parse(link.expiresAt) - before).toBeLessThanOrEqual(30 * day + 5000);

    const db = await getTestDb();
    const [row] = await db.query<{ tokenHash: string }>(
      'SELECT token_hash AS "tokenHash" FROM share_links WHERE workspace_id = $1 AND id = $2',
      [member.workspaceId, link.id],
    );
    const secret = link.token.slice('share_'.length + 36 + 1);
    expect(row!.tokenHash).toBe(hashSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret);

    const listed = await api.get(`/api/accounts/${account.id}/share-links`, member);
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(secret);
    expect(listed.body.data[0]).toMatchObject({
      id: link.id,
      scope: 'view',
      state: 'live',
      lastUsedAt: null,
    });

    expect((await api.get('/api/shared', asShare(link.token))).status).toBe(200);
    const used = await api.get(`/api/accounts/${account.id}/share-links`, member);
    expect(used.body.data[0].lastUsedAt).toEqual(expect.any(String));
  });

  it('allows at most 365 days and only stakeholders of the account', async () => {
    const member = await buildMember();
    const { account } = await buildSharedAccount(member);
    const other = await buildAccount(member.workspaceId);
    const outsider = await buildStakeholder(member.workspaceId, other.id);
    const year = await createLink(member, account.id, { days: 365 });
    expect(Date.parse(year.expiresAt) - Date.now()).toBeGreaterThan(364 * day);
    const tooLong = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      days: 366,
    });
    expect(tooLong.status).toBe(400);
    const wrongPerson = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      stakeholderId: outsider.id,
    });
    expect(wrongPerson.status).toBe(422);
  });

  it('revokes a link at once; a new link re-issues access', async () => {
    const member = await buildMember();
    const { account } = await buildSharedAccount(member);
    const link = await createLink(member, account.id);
    const revoked = await api.post(`/api/share-links/${link.id}/revoke`, member);
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ state: 'revoked', abilities: { revoke: false } });
    expect((await api.get('/api/shared', asShare(link.token))).status).toBe(401);
    const again = await createLink(member, account.id);
    expect((await api.get('/api/shared', asShare(again.token))).status).toBe(200);
  });

  it('re-issues a link: the old token stops at once, the new one keeps its person and access', async () => {
    const member = await buildMember();
    const { account, stakeholder } = await buildSharedAccount(member);
    const created = await api.post(`/api/accounts/${account.id}/share-links`, member, {
      scope: 'respond',
      stakeholderId: stakeholder.id,
      days: 7,
    });
    const reissued = await api.post(`/api/share-links/${created.body.id}/reissue`, member, {
      days: 60,
    });
    expect(reissued.status).toBe(201);
    expect(reissued.body).toMatchObject({
      scope: 'respond',
      stakeholderId: stakeholder.id,
      state: 'live',
      replacedShareLinkId: created.body.id,
    });
    expect(reissued.body.token).not.toBe(created.body.token);
    const days = (Date.parse(reissued.body.expiresAt) - Date.now()) / day;
    expect(Math.round(days)).toBe(60);
    expect((await api.get('/api/shared', asShare(created.body.token))).status).toBe(401);
    expect((await api.get('/api/shared', asShare(reissued.body.token))).status).toBe(200);
    const listed = await api.get(`/api/accounts/${account.id}/share-links`, member);
    expect(listed.body.data.map((link: { state: string }) => link.state)).toEqual([
      'live',
      'revoked',
    ]);

    const viewer = await buildMember({ role: 'viewer', workspaceId: member.workspaceId });
    expect((await api.post(`/api/share-links/${reissued.body.id}/reissue`, viewer)).status).toBe(
      403,
    );
    const stranger = await buildMember();
    const strange = await api.post(`/api/share-links/${reissued.body.id}/reissue`, stranger);
    expect(strange.status, strange.text).toBe(404);
    const tooLong = await api.post(`/api/share-links/${reissued.body.id}/reissue`, member, {
      days: 400,
    });
    expect(tooLong.status).toBe(400);
  });
});

describe('the shared view', () => {
  it('shows the plan and both sides’ commitments with their history, without internal fields', async () => {
    const member = await buildMember();
    const shared = await buildSharedAccount(member);
    const link = await createLink(member, shared.account.id);
    const response = await api.get('/api/shared', asShare(link.token));
    expect(response.status).toBe(200);
    const view = response.body;
    expect(view.account).toEqual({ name: 'Harbour Freight' });
    expect(view.plan).toMatchObject({
      strategy: 'Grow in the north',
      summary: 'Two regions first',
    });
    expect(view.plan.requirements[0]).toMatchObject({
      name: 'Same-day tracking',
      confirmedOn: null,
    });
    expect(view.commitments.map((c: { text: string }) => c.text).sort()).toEqual([
      'Send the rollout plan',
      'Share the volumes',
    ]);
    const theirs = view.commitments.find((c: { id: string }) => c.id === shared.theirsId);
    expect(theirs.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['agreed', 'kept']);
    expect(response.text).not.toMatch(/INTERNAL/);
    expect(response.text).not.toMatch(
      /reciprocal|selfChecks|createdBy|recordedBy|notes|observation/i,
    );
    expect(view.link.abilities).toEqual({ respond: false, pulse: false });
  });

  it('lets a respond link confirm, comment, propose and confirm a requirement', async () => {
    const member = await buildMember();
    const shared = await buildSharedAccount(member);
    const link = await createLink(member, shared.account.id, {
      scope: 'respond',
      stakeholderId: shared.stakeholder.id,
    });
    const as = asShare(link.token);
    const confirmed = await api.post(`/api/shared/commitments/${shared.oursId}/confirm`, as);
    expect(confirmed.status).toBe(200);
    const ours = confirmed.body.commitments.find((c: { id: string }) => c.id === shared.oursId);
    expect(ours.status).toBe('agreed');
    expect(ours.history.map((h: { kind: string }) => h.kind)).toEqual([
      'status',
      'status',
      'confirm',
    ]);

    const commented = await api.post(`/api/shared/commitments/${shared.oursId}/comments`, as, {
      text: 'Please include the north depots',
    });
    expect(commented.status).toBe(201);
    expect(
      commented.body.commitments.find((c: { id: string }) => c.id === shared.oursId).history.at(-1),
    ).toMatchObject({ kind: 'comment', text: 'Please include the north depots' });

    const requirement = await api.post(
      `/api/shared/requirements/${shared.requirementId}/confirm`,
      as,
    );
    expect(requirement.status).toBe(200);
    expect(requirement.body.plan.requirements[0].confirmedOn).toEqual(expect.any(String));
    expect(
      (await api.post(`/api/shared/requirements/${shared.requirementId}/confirm`, as)).status,
    ).toBe(409);

    const proposed = await api.post('/api/shared/commitments', as, {
      text: 'Send forecasts monthly',
    });
    expect(proposed.status).toBe(201);
    const team = await api.get(`/api/commitments/${proposed.body.id}`, member);
    expect(team.body).toMatchObject({
      side: 'theirs',
      status: 'proposed',
      ownerStakeholderId: shared.stakeholder.id,
    });
  });

  it('turns a pulse into pulse evidence on personal, capability and corporate, once per 14 days', async () => {
    const member = await buildMember();
    const shared = await buildSharedAccount(member);
    const link = await createLink(member, shared.account.id, {
      scope: 'respond',
      stakeholderId: shared.stakeholder.id,
    });
    const as = asShare(link.token);
    const pulse = await api.post('/api/shared/pulse', as, {
      trustAnswer: 5,
      valueAnswer: 2,
      backingAnswer: 3,
      comment: 'Good so far',
    });
    expect(pulse.status).toBe(201);
    expect(pulse.body.evidenceCount).toBe(2);
    const db = await getTestDb();
    const evidence = await db.query<{
      dimension: string;
      polarity: number;
      weight: number;
      subjectType: string;
      subjectId: string;
      recordedBy: string | null;
    }>(
      `SELECT dimension, polarity::int AS polarity, weight, subject_type AS "subjectType", subject_id AS "subjectId",
              recorded_by_user_id AS "recordedBy"
       FROM evidence WHERE workspace_id = $1 AND source = 'pulse' ORDER BY dimension`,
      [member.workspaceId],
    );
    expect(evidence).toEqual([
      {
        dimension: 'capability',
        polarity: -1,
        weight: 0.5,
        subjectType: 'account',
        subjectId: shared.account.id,
        recordedBy: null,
      },
      {
        dimension: 'personal',
        polarity: 1,
        weight: 1,
        subjectType: 'stakeholder',
        subjectId: shared.stakeholder.id,
        recordedBy: null,
      },
    ]);

    const again = await api.post('/api/shared/pulse', as, {
      trustAnswer: 1,
      valueAnswer: 1,
      backingAnswer: 1,
    });
    expect(again.status).toBe(409);
    expect(Date.parse(again.body.nextPulseAt) - Date.now()).toBeGreaterThan(13.9 * day);
    expect(
      (await db.query('SELECT 1 FROM pulses WHERE workspace_id = $1', [member.workspaceId])).length,
    ).toBe(1);

    const trust = await api.get(`/api/accounts/${shared.account.id}/trust`, member);
    expect(trust.text).toContain('"source":"pulse"');
    const links = await api.get(`/api/accounts/${shared.account.id}/share-links`, member);
    expect(links.body.pulses[0]).toMatchObject({
      trustAnswer: 5,
      comment: 'Good so far',
      stakeholderName: 'Ola Berg',
    });
    expect(links.body.responseRate).toEqual({ respondLinks: 1, answered: 1 });
  });
});
