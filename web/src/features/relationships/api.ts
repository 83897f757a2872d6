import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** Which of our team members knows which stakeholder, and how well. */
export type Relationship = ResourceBase & {
  accountId: string;
  teamMemberId: string;
  stakeholderId: string;
  teamMember: { id: string; name: string };
  stakeholder: { id: string; name: string };
  strength: number;
  lastContactOn: string | null;
  notes: string | null;
};

/** The editable fields of a relationship. */
export type RelationshipInput = Pick<
  Relationship,
  'teamMemberId' | 'stakeholderId' | 'strength' | 'lastContactOn' | 'notes'
>;

/** Lists the relationships on an account, optionally for one stakeholder or team member. */
export const listRelationships = (
  accountId: string,
  query: ListQuery & { stakeholderId?: string; teamMemberId?: string },
  signal?: AbortSignal,
): Promise<ListPage<Relationship>> =>
  api.get<ListPage<Relationship>>(`/api/accounts/${encodeURIComponent(accountId)}/relationships`, {
    query,
    signal,
  });

/** Records a relationship between a team member and a stakeholder. */
export const createRelationship = (body: RelationshipInput): Promise<Relationship> =>
  api.post<Relationship>('/api/relationships', body);

/** Changes some fields of a relationship, or archives/restores it with `{ archived }`. */
export const updateRelationship = (
  relationshipId: string,
  body: Partial<RelationshipInput> & { archived?: boolean },
): Promise<Relationship> =>
  api.patch<Relationship>(`/api/relationships/${encodeURIComponent(relationshipId)}`, body);
