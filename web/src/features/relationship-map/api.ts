import type { SeniorityLevel } from '@fulcrum/core';
import { api } from '../../api/client.ts';

/** How far we reach one seniority level. */
export type LevelCoverage = {
  level: SeniorityLevel;
  stakeholders: number;
  reachedStakeholders: number;
  teamMembers: number;
  teamMemberNames: string[];
};

/** Something about coverage to look at. */
export type CoverageFlag =
  | {
      kind: 'single-threaded';
      side: 'ours' | 'theirs';
      personId: string;
      personName: string;
      relationships: number;
    }
  | { kind: 'level-not-reached'; level: SeniorityLevel; stakeholders: number }
  | { kind: 'decision-maker-not-reached'; stakeholderId: string; name: string }
  | {
      kind: 'stakeholder-left';
      stakeholderId: string;
      name: string;
      leftOn: string | null;
      formerContacts: string[];
      stillKnown: { stakeholderId: string; name: string; reachedBy: string[] }[];
    };

/** GET /api/accounts/{accountId}/coverage. */
export type AccountCoverage = {
  accountId: string;
  levels: LevelCoverage[];
  activeStakeholders: number;
  reachedStakeholders: number;
  teamMembers: number;
  flags: CoverageFlag[];
};

/** Reads an account's relationship coverage by level, with its flags. */
export const getCoverage = (accountId: string, signal?: AbortSignal): Promise<AccountCoverage> =>
  api.get<AccountCoverage>(`/api/accounts/${encodeURIComponent(accountId)}/coverage`, { signal });
