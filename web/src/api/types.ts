/** What the signed-in user may do with one resource, decided by the server. */
export type Abilities = { update: boolean; archive: boolean; restore: boolean };

/** Fields every API resource carries. */
export type ResourceBase = {
  id: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  abilities: Abilities;
};

/** Which records a list includes: live ones (default), archived ones only, or both. */
export type ArchivedFilter = 'false' | 'true' | 'any';

/** Query parameters every list endpoint understands. */
export type ListQuery = {
  q?: string | undefined;
  sort?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
  archived?: ArchivedFilter | undefined;
};

/** One page of a list endpoint. */
export type ListPage<T> = {
  data: T[];
  page: { nextCursor: string | null; total: number };
  abilities?: { create: boolean } | undefined;
};
