/** Columns every workspace record shares, read in camelCase. */
export const baseSelect = {
  workspaceId: 't.workspace_id',
  id: 't.id',
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
  archivedAt: 't.archived_at',
};

/** Sort fields every list offers. */
export const baseSort = {
  name: 'lower(t.name)',
  createdAt: 't.created_at',
  updatedAt: 't.updated_at',
};
