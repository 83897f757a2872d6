import { describe, expect, it } from 'vitest';
import { buildAccount, buildMember, buildTeamMember } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/accounts', () => {
  it('creates, reads, updates, archives and restores an account', async () => {
    const member = await buildMember();
    const created = await api.post('/api/accounts', member, {
      name: '  Globex  ',
      domain: 'globex.example',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      name: 'Globex',
      domain: 'globex.example',
      industry: null,
      archivedAt: null,
    });
    expect(created.body.abilities).toEqual({ update: true, archive: true, restore: false });

    const read = await api.get(`/api/accounts/${created.body.id}`, member);
    expect(read.body.name).toBe('Globex');

    const updated = await api.patch(`/api/accounts/${created.body.id}`, member, {
      industry: 'Energy',
      domain: null,
    });
    expect(updated.body).toMatchObject({ industry: 'Energy', domain: null });

    const archived = await api.patch(`/api/accounts/${created.body.id}`, member, {
      archived: true,
    });
    expect(archived.body.archivedAt).not.toBeNull();
    expect((await api.get('/api/accounts', member)).body.data).toHaveLength(0);
    expect((await api.get('/api/accounts?archived=true', member)).body.data).toHaveLength(1);

    const restored = await api.patch(`/api/accounts/${created.body.id}`, member, {
      archived: false,
    });
    expect(restored.body.archivedAt).toBeNull();
  });

  it('pages through a sorted list with a cursor and counts the total', async () => {
    const member = await buildMember();
    for (const name of ['delta', 'Alpha', 'charlie', 'Bravo', 'echo'])
      await buildAccount(member.workspaceId, { name });

    const first = await api.get('/api/accounts?sort=name&limit=2', member);
    expect(first.body.data.map((a: { name: string }) => a.name)).toEqual(['Alpha', 'Bravo']);
    expect(first.body.page.total).toBe(5);
    const second = await api.get(
      `/api/accounts?sort=name&limit=2&cursor=${first.body.page.nextCursor}`,
      member,
    );
    expect(second.body.data.map((a: { name: string }) => a.name)).toEqual(['charlie', 'delta']);
    const third = await api.get(
      `/api/accounts?sort=name&limit=2&cursor=${second.body.page.nextCursor}`,
      member,
    );
    expect(third.body.data.map((a: { name: string }) => a.name)).toEqual(['echo']);
    expect(third.body.page.nextCursor).toBeNull();

    const descending = await api.get('/api/accounts?sort=-name&limit=1', member);
    expect(descending.body.data[0].name).toBe('echo');
  });

  it('pages by creation time without skipping or repeating rows', async () => {
    const member = await buildMember();
    for (let i = 0; i < 7; i++) await buildAccount(member.workspaceId, { name: `A${i}` });
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = await api.get(
        `/api/accounts?sort=-createdAt&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        member,
      );
      seen.push(...page.body.data.map((a: { id: string }) => a.id));
      cursor = page.body.page.nextCursor;
    }
    expect(new Set(seen).size).toBe(7);
  });

  it('searches by name, domain and industry, treating % and _ literally', async () => {
    const member = await buildMember();
    await buildAccount(member.workspaceId, { name: 'Initech', industry: 'Software' });
    await buildAccount(member.workspaceId, { name: 'Hooli', domain: 'hooli.example' });
    await buildAccount(member.workspaceId, { name: '100% Juice' });

    expect(
      (await api.get('/api/accounts?q=soft', member)).body.data.map(
        (a: { name: string }) => a.name,
      ),
    ).toEqual(['Initech']);
    expect((await api.get('/api/accounts?q=HOOLI.EX', member)).body.data).toHaveLength(1);
    expect(
      (await api.get('/api/accounts?q=%25', member)).body.data.map((a: { name: string }) => a.name),
    ).toEqual(['100% Juice']);
  });

  it('explains a bad sort field and a forged cursor', async () => {
    const member = await buildMember();
    const badSort = await api.get('/api/accounts?sort=password', member);
    expect(badSort.status).toBe(400);
    expect(badSort.body.detail).toMatch(/Sort by one of: name, createdAt, updatedAt/);
    const badCursor = await api.get('/api/accounts?cursor=not-a-cursor', member);
    expect(badCursor.status).toBe(400);
    expect(badCursor.body.errors).toEqual([
      { pointer: '/cursor', detail: 'is not a valid cursor' },
    ]);
  });

  it('refuses unknown fields, wrong types and empty names with pointers', async () => {
    const member = await buildMember();
    const unknown = await api.post('/api/accounts', member, { name: 'X', owner: 'me' });
    expect(unknown.status).toBe(400);
    expect(unknown.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unknown.body.errors).toContainEqual({
      pointer: '/owner',
      detail: 'is not a field this endpoint accepts',
    });

    const wrongType = await api.post('/api/accounts', member, { name: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.errors[0].pointer).toBe('/name');

    const empty = await api.post('/api/accounts', member, { name: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0]).toEqual({ pointer: '/name', detail: 'must not be empty' });
  });

  it('lets a viewer read but not write, and says so with 403', async () => {
    const viewer = await buildMember({ role: 'viewer' });
    const account = await buildAccount(viewer.workspaceId);
    const read = await api.get(`/api/accounts/${account.id}`, viewer);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({ update: false, archive: false, restore: false });
    expect((await api.get('/api/accounts', viewer)).body.abilities).toEqual({ create: false });

    const create = await api.post('/api/accounts', viewer, { name: 'Nope' });
    expect(create.status).toBe(403);
    expect(create.body.code).toBe('forbidden');
    expect((await api.patch(`/api/accounts/${account.id}`, viewer, { name: 'Nope' })).status).toBe(
      403,
    );
  });

  it("never shows another workspace's account: it is simply not found", async () => {
    const member = await buildMember();
    const stranger = await buildMember();
    const theirs = await buildAccount(stranger.workspaceId, { name: 'Secret Corp' });

    const read = await api.get(`/api/accounts/${theirs.id}`, member);
    expect(read.status).toBe(404);
    expect(read.text).not.toContain('Secret Corp');
    expect(
      (await api.patch(`/api/accounts/${theirs.id}`, member, { name: 'Mine now' })).status,
    ).toBe(404);
    expect((await api.get('/api/accounts?q=Secret', member)).body.data).toHaveLength(0);
    expect((await api.get(`/api/accounts/${theirs.id}/stakeholders`, member)).status).toBe(404);
  });

  it('gives an account an owner from the team, shows their name, filters by them and clears them', async () => {
    const member = await buildMember();
    const ana = await buildTeamMember(member.workspaceId, { name: 'Ana Lima' });
    const bo = await buildTeamMember(member.workspaceId, { name: 'Bo Berg' });
    const created = await api.post('/api/accounts', member, {
      name: 'Globex',
      ownerTeamMemberId: ana.id,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ownerTeamMemberId: ana.id, ownerName: 'Ana Lima' });
    await buildAccount(member.workspaceId, { name: 'Initech', ownerTeamMemberId: bo.id });
    await buildAccount(member.workspaceId, { name: 'Hooli' });

    const anas = await api.get(`/api/accounts?ownerTeamMemberId=${ana.id}`, member);
    expect(anas.body.data.map((a: { name: string }) => a.name)).toEqual(['Globex']);

    const moved = await api.patch(`/api/accounts/${created.body.id}`, member, {
      ownerTeamMemberId: bo.id,
    });
    expect(moved.body).toMatchObject({ ownerTeamMemberId: bo.id, ownerName: 'Bo Berg' });
    const renamed = await api.patch(`/api/accounts/${created.body.id}`, member, { notes: 'x' });
    expect(renamed.body.ownerTeamMemberId).toBe(bo.id);
    const cleared = await api.patch(`/api/accounts/${created.body.id}`, member, {
      ownerTeamMemberId: null,
    });
    expect(cleared.body).toMatchObject({ ownerTeamMemberId: null, ownerName: null });
  });

  it("refuses an owner who is not on this workspace's team, or is archived, with 422", async () => {
    const member = await buildMember();
    const stranger = await buildMember();
    const theirs = await buildTeamMember(stranger.workspaceId, { name: 'Secret Seller' });
    const foreign = await api.post('/api/accounts', member, {
      name: 'Globex',
      ownerTeamMemberId: theirs.id,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body).toMatchObject({ code: 'invalid-reference' });
    expect(foreign.body.errors).toEqual([
      { pointer: '/ownerTeamMemberId', detail: 'is not a team member of this workspace' },
    ]);
    expect(foreign.text).not.toContain('Secret Seller');
    expect((await api.get('/api/accounts', member)).body.page.total).toBe(0);

    const notAnId = await api.post('/api/accounts', member, {
      name: 'Globex',
      ownerTeamMemberId: 'nobody',
    });
    expect(notAnId.status).toBe(422);

    const gone = await buildTeamMember(member.workspaceId, { name: 'Cy Gone' });
    const account = await buildAccount(member.workspaceId, { ownerTeamMemberId: gone.id });
    const admin = await buildMember({ role: 'admin', workspaceId: member.workspaceId });
    await api.patch(`/api/team-members/${gone.id}`, admin, { archived: true });
    const other = await buildAccount(member.workspaceId, { name: 'Other' });
    const archivedOwner = await api.patch(`/api/accounts/${other.id}`, member, {
      ownerTeamMemberId: gone.id,
    });
    expect(archivedOwner.status).toBe(422);
    expect(archivedOwner.body.detail).toMatch(/Cy Gone is archived/);
    // The account that already has them keeps them while other fields change.
    const kept = await api.patch(`/api/accounts/${account.id}`, member, {
      ownerTeamMemberId: gone.id,
      industry: 'Energy',
    });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ ownerName: 'Cy Gone', industry: 'Energy' });
  });
});
