import {
  type BuyingRole,
  type SeniorityLevel,
  seniorityLevels,
  type StakeholderStatus,
} from '../model/index.ts';

/** What coverage needs to know about one of the account's people. */
export type CoverageStakeholder = {
  id: string;
  name: string;
  seniority: SeniorityLevel;
  buyingRole: BuyingRole;
  status: StakeholderStatus;
  leftOn: string | null;
};

/** What coverage needs to know about one live relationship. */
export type CoverageRelationship = {
  teamMemberId: string;
  teamMemberName: string;
  stakeholderId: string;
  /** 1 (acquainted) to 5 (trusted adviser). */
  strength: number;
};

/** How far we reach one seniority level of the account. */
export type LevelCoverage = {
  level: SeniorityLevel;
  /** Active stakeholders at this level. */
  stakeholders: number;
  /** Active stakeholders at this level that at least one of our people has a relationship with. */
  reachedStakeholders: number;
  /** Distinct team members with a relationship at this level. */
  teamMembers: number;
  teamMemberNames: string[];
};

/** Someone we know at the account who is still there, and through whom. */
export type KnownContact = {
  stakeholderId: string;
  name: string;
  seniority: SeniorityLevel;
  reachedBy: string[];
};

/** Something about the account's coverage a team should look at. */
export type CoverageFlag =
  | {
      kind: 'single-threaded';
      /** `ours`: one of our people carries every relationship; `theirs`: one stakeholder does. */
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
      buyingRole: BuyingRole;
      seniority: SeniorityLevel;
      leftOn: string | null;
      /** Our people who had a relationship with them. */
      formerContacts: string[];
      /** Active stakeholders we still reach, strongest relationships first. */
      stillKnown: KnownContact[];
    };

/** The coverage of one account: by level, in total, and what to look at. */
export type Coverage = {
  levels: LevelCoverage[];
  activeStakeholders: number;
  reachedStakeholders: number;
  teamMembers: number;
  flags: CoverageFlag[];
};

const unique = <T>(values: readonly T[]) => [...new Set(values)];

/** Reads relationship coverage by seniority level and flags single-threading, levels without a
 * connection, an unreached decision maker and stakeholders who left. Relationships with people
 * who left do not count as reach: they no longer connect us to the account. */
export const computeCoverage = (input: {
  stakeholders: readonly CoverageStakeholder[];
  relationships: readonly CoverageRelationship[];
}): Coverage => {
  const byId = new Map(input.stakeholders.map((s) => [s.id, s]));
  const active = input.stakeholders.filter((s) => s.status === 'active');
  const live = input.relationships.filter((r) => byId.get(r.stakeholderId)?.status === 'active');
  const reachersOf = (stakeholderId: string) =>
    unique(live.filter((r) => r.stakeholderId === stakeholderId).map((r) => r.teamMemberName));

  const levels = seniorityLevels.map((level): LevelCoverage => {
    const atLevel = active.filter((s) => s.seniority === level);
    const ids = new Set(atLevel.map((s) => s.id));
    const reaching = live.filter((r) => ids.has(r.stakeholderId));
    return {
      level,
      stakeholders: atLevel.length,
      reachedStakeholders: unique(reaching.map((r) => r.stakeholderId)).length,
      teamMembers: unique(reaching.map((r) => r.teamMemberId)).length,
      teamMemberNames: unique(reaching.map((r) => r.teamMemberName)).sort(),
    };
  });

  const flags: CoverageFlag[] = [];
  const ourPeople = unique(live.map((r) => r.teamMemberId));
  const theirPeople = unique(live.map((r) => r.stakeholderId));
  if (live.length > 0 && ourPeople.length === 1) {
    const only = live[0]!;
    flags.push({
      kind: 'single-threaded',
      side: 'ours',
      personId: only.teamMemberId,
      personName: only.teamMemberName,
      relationships: live.length,
    });
  }
  if (live.length > 0 && theirPeople.length === 1) {
    const only = byId.get(theirPeople[0]!)!;
    flags.push({
      kind: 'single-threaded',
      side: 'theirs',
      personId: only.id,
      personName: only.name,
      relationships: live.length,
    });
  }
  for (const level of levels) {
    if (level.reachedStakeholders === 0)
      flags.push({ kind: 'level-not-reached', level: level.level, stakeholders: level.stakeholders });
  }
  for (const s of active) {
    if (s.buyingRole === 'decision_maker' && reachersOf(s.id).length === 0)
      flags.push({ kind: 'decision-maker-not-reached', stakeholderId: s.id, name: s.name });
  }
  const strengthOf = (stakeholderId: string) =>
    Math.max(0, ...live.filter((r) => r.stakeholderId === stakeholderId).map((r) => r.strength));
  const stillKnown: KnownContact[] = active
    .filter((s) => reachersOf(s.id).length > 0)
    .sort((a, b) => strengthOf(b.id) - strengthOf(a.id) || a.name.localeCompare(b.name))
    .map((s) => ({
      stakeholderId: s.id,
      name: s.name,
      seniority: s.seniority,
      reachedBy: reachersOf(s.id),
    }));
  for (const s of input.stakeholders) {
    if (s.status !== 'left') continue;
    flags.push({
      kind: 'stakeholder-left',
      stakeholderId: s.id,
      name: s.name,
      buyingRole: s.buyingRole,
      seniority: s.seniority,
      leftOn: s.leftOn,
      formerContacts: unique(
        input.relationships.filter((r) => r.stakeholderId === s.id).map((r) => r.teamMemberName),
      ),
      stillKnown,
    });
  }
  return {
    levels,
    activeStakeholders: active.length,
    reachedStakeholders: theirPeople.length,
    teamMembers: ourPeople.length,
    flags,
  };
};
