import { api } from '../../api/client.ts';
import type { ListPage, ListQuery, ResourceBase } from '../../api/types.ts';

/** One of our people, who builds relationships with stakeholders. */
export type TeamMember = ResourceBase & {
  name: string;
  email: string | null;
  title: string | null;
};

/** The editable fields of a team member. */
export type TeamMemberInput = Pick<TeamMember, 'name' | 'email' | 'title'>;

/** Lists the team members of the current workspace. */
export const listTeamMembers = (
  query: ListQuery,
  signal?: AbortSignal,
): Promise<ListPage<TeamMember>> =>
  api.get<ListPage<TeamMember>>('/api/team-members', { query, signal });

/** Adds a team member. */
export const createTeamMember = (body: TeamMemberInput): Promise<TeamMember> =>
  api.post<TeamMember>('/api/team-members', body);

/** Changes some fields of a team member, or archives/restores it with `{ archived }`. */
export const updateTeamMember = (
  teamMemberId: string,
  body: Partial<TeamMemberInput> & { archived?: boolean },
): Promise<TeamMember> =>
  api.patch<TeamMember>(`/api/team-members/${encodeURIComponent(teamMemberId)}`, body);
