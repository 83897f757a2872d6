import { limits } from '@fulcrum/core';
import { useResource } from '../../../api/use-cursor-list.ts';
import type { ApiProblem } from '../../../api/client.ts';
import { listOpportunities } from '../../opportunities/api.ts';
import { listStakeholders } from '../../stakeholders/api.ts';
import { listTeamMembers } from '../../team-members/api.ts';
import type { NamedPerson } from '../format.ts';

/** The people and opportunities a commitment on one account can name. */
export type CommitmentChoices = {
  teamMembers: NamedPerson[];
  stakeholders: NamedPerson[];
  opportunities: NamedPerson[];
  isLoading: boolean;
  problem: ApiProblem | null;
};

/** Loads our team members and the account's stakeholders and opportunities (live ones only). */
export const useCommitmentChoices = (accountId: string, refreshKey = 0): CommitmentChoices => {
  const choices = useResource(`${accountId}:${refreshKey}`, async (signal) => {
    const query = { sort: 'name', limit: limits.pageSizeMax };
    const [teamMembers, stakeholders, opportunities] = await Promise.all([
      listTeamMembers(query, signal),
      listStakeholders(accountId, query, signal),
      listOpportunities(accountId, query, signal),
    ]);
    const toNamed = (records: { id: string; name: string }[]) =>
      records.map(({ id, name }) => ({ id, name }));
    return {
      teamMembers: toNamed(teamMembers.data),
      stakeholders: toNamed(stakeholders.data),
      opportunities: toNamed(opportunities.data),
    };
  });
  return {
    teamMembers: choices.data?.teamMembers ?? [],
    stakeholders: choices.data?.stakeholders ?? [],
    opportunities: choices.data?.opportunities ?? [],
    isLoading: choices.isLoading,
    problem: choices.problem,
  };
};
