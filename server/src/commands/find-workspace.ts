import { DomainError } from '@fulcrum/core';
import {
  type Db,
  findWorkspace,
  findWorkspacesByName,
  isUuid,
  type Workspace,
} from '../db/index.ts';

/** Finds a workspace by id or by exact name, as the CLI's `--workspace` accepts either. */
export const getWorkspaceByIdOrName = async (db: Db, idOrName: string): Promise<Workspace> => {
  if (isUuid(idOrName)) {
    const workspace = await findWorkspace(db, idOrName);
    if (workspace) return workspace;
  }
  const byName = await findWorkspacesByName(db, idOrName);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) {
    throw new DomainError(
      'conflict',
      `Several workspaces are named "${idOrName}"; pass the workspace id instead (${byName.map((w) => w.id).join(', ')}).`,
    );
  }
  throw new DomainError('not-found', `No workspace has the id or name "${idOrName}".`);
};
