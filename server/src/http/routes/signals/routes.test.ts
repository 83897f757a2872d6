import { describe, expect, it } from 'vitest';
import { buildAccount, buildMember } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/signals', () => {
  it('starts every workspace with the default catalogue of 32+ signals', async () => {
    const member = await buildMember();
    const list = await api.get('/api/signals?limit=100&sort=dimension', member);
    expect(list.body.page.total).toBeGreaterThanOrEqual(32);
    const personal = await api.get('/api/signals?dimension=personal&limit=100', member);
    expect(personal.body.data.every((s: { dimension: string }) => s.dimension === 'personal')).toBe(
      true,
    );
  });

  it('lets an admin add, edit and retire signals, and delete only unused ones', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await api.post('/api/signals', admin, {
      name: 'Invites us to their offsite',
      dimension: 'corporate',
      polarity: 1,
      defaultWeight: 0.8,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ usageCount: 0, canDelete: true });
    const edited = await api.patch(`/api/signals/${created.body.id}`, admin, {
      defaultWeight: 0.6,
    });
    expect(edited.body.defaultWeight).toBe(0.6);
    expect(
      (await api.patch(`/api/signals/${created.body.id}`, admin, { polarity: -1 })).status,
    ).toBe(400);

    const account = await buildAccount(admin.workspaceId);
    await api.post('/api/observations', admin, {
      signalId: created.body.id,
      accountId: account.id,
      observedAt: '2026-01-01',
    });
    const inUse = await api.delete(`/api/signals/${created.body.id}`, admin);
    expect(inUse.status).toBe(409);
    expect(inUse.body.detail).toMatch(/retire it/);
    const retired = await api.patch(`/api/signals/${created.body.id}`, admin, { archived: true });
    expect(retired.body.archivedAt).not.toBeNull();

    const unused = await api.post('/api/signals', admin, {
      name: 'Temporary',
      dimension: 'personal',
      polarity: -1,
    });
    expect((await api.delete(`/api/signals/${unused.body.id}`, admin)).status).toBe(204);
  });

  it('keeps the catalogue to admins', async () => {
    const member = await buildMember({ role: 'member' });
    expect(
      (await api.post('/api/signals', member, { name: 'X', dimension: 'personal', polarity: 1 }))
        .status,
    ).toBe(403);
  });
});
