import { describe, expect, it } from 'vitest';
import { buildMember } from '../../../test/factories.ts';
import { api } from '../../../test/test-server.ts';

describe('/api/team-members', () => {
  it('lets an admin add, edit and search our team members', async () => {
    const admin = await buildMember({ role: 'admin' });
    const created = await api.post('/api/team-members', admin, {
      name: 'Ola Nordmann',
      email: 'ola@fulcrum.test',
      title: 'AE',
    });
    expect(created.status).toBe(201);
    const updated = await api.patch(`/api/team-members/${created.body.id}`, admin, {
      title: 'Senior AE',
      email: '',
    });
    expect(updated.body).toMatchObject({ title: 'Senior AE', email: null });
    const found = await api.get('/api/team-members?q=nordm', admin);
    expect(found.body.data.map((m: { name: string }) => m.name)).toEqual(['Ola Nordmann']);
  });

  it('keeps the roster to admins: a member may read but not add', async () => {
    const member = await buildMember({ role: 'member' });
    expect((await api.get('/api/team-members', member)).status).toBe(200);
    const response = await api.post('/api/team-members', member, { name: 'Nope' });
    expect(response.status).toBe(403);
  });

  it('refuses an invalid email with a pointer', async () => {
    const admin = await buildMember({ role: 'admin' });
    const response = await api.post('/api/team-members', admin, {
      name: 'X',
      email: 'not-an-email',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].pointer).toBe('/email');
  });
});
