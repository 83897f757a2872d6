/** What the actor may do with one record, so the UI never re-implements the rules. */
export type Abilities = { update: boolean; archive: boolean; restore: boolean };

type Jsonable<T> = {
  [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | null ? string | null : T[K];
};

/** Builds a record's JSON: instants as ISO strings, the tenant id left out (it is implied). */
export const presentRecord = <T extends { workspaceId: unknown }>(
  record: T,
  abilities: Abilities,
): Omit<Jsonable<T>, 'workspaceId'> & { abilities: Abilities } => {
  const { workspaceId: _workspaceId, ...rest } = record;
  const json: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(rest)) {
    json[key] = value instanceof Date ? value.toISOString() : value;
  }
  return { ...(json as Omit<Jsonable<T>, 'workspaceId'>), abilities };
};

/** A moment as ISO-8601 text, or null; accepts what the database drivers hand back. */
export const isoOrNull = (date: Date | string | number | null): string | null =>
  date === null ? null : new Date(date).toISOString();
