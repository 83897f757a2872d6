import { limits } from '@fulcrum/core';
import { useResource } from '../../../api/use-cursor-list.ts';
import type { ApiProblem } from '../../../api/client.ts';
import type { SelectOption } from '../../../ui/field.tsx';
import { listTeamMembers } from '../api.ts';

/** The workspace's live team members as select options, by name. */
export const useTeamMemberOptions = (): {
  options: SelectOption[] | null;
  problem: ApiProblem | null;
} => {
  const members = useResource('team-member-options', (signal) =>
    listTeamMembers({ sort: 'name', limit: limits.pageSizeMax }, signal),
  );
  return {
    options: members.data?.data.map((member) => ({ value: member.id, label: member.name })) ?? null,
    problem: members.problem,
  };
};
