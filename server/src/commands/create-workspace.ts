import { randomUUID } from 'node:crypto';
import {
  type Db,
  findUser,
  insertRecord,
  insertWorkspace,
  teamMemberTable,
  upsertMembership,
  type Workspace,
} from '../db/index.ts';
import { seedSignalCatalogue } from './signal-catalogue.ts';

/** Creates a workspace owned by a user, who also becomes one of its team members. */
export const createWorkspace = async (
  db: Db,
  options: { name: string; ownerUserId: string; title?: string },
): Promise<Workspace> =>
  db.transaction(async (tx) => {
    const owner = await findUser(tx, options.ownerUserId);
    if (owner === null) throw new Error(`no user ${options.ownerUserId}`);
    const workspace = await insertWorkspace(tx, { id: randomUUID(), name: options.name.trim() });
    await upsertMembership(tx, { workspaceId: workspace.id, userId: owner.id, role: 'owner' });
    await insertRecord(tx, teamMemberTable, workspace.id, {
      userId: owner.id,
      name: owner.name,
      email: owner.email,
      title: options.title ?? null,
    });
    await seedSignalCatalogue(tx, workspace.id);
    return workspace;
  });
