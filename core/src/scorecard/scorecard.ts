import type { CommitmentStatus } from '../commitments/lifecycle.ts';
import { type CommitmentRecord, computeCommitmentRecord } from '../commitments/load.ts';
import { type Dimension, dimensions, type SeniorityLevel } from '../model/index.ts';
import type { OpportunityStage } from '../model/index.ts';
import {
  fuseReplayed,
  type LedgerEntry,
  replayLedger,
  type SubjectWeight,
} from '../trust/ledger.ts';
import type { Opinion } from '../trust/opinion.ts';
import type { TrustSettings } from '../trust/settings.ts';

/** The period a scorecard covers: whole days `from`–`to` (YYYY-MM-DD, both included), and the
 * instants trust is read at, the start of `from` and the end of `to` (or now, if sooner). */
export type ScorecardPeriod = { from: string; to: string; startAt: number; endAt: number };

const isDayIn = (period: ScorecardPeriod, day: string | null) =>
  day !== null && day >= period.from && day <= period.to;
const isInstantIn = (period: ScorecardPeriod, at: number) =>
  at >= period.startAt && at < period.endAt;

/** One of the team member's own commitments. */
export type ScorecardCommitment = {
  status: CommitmentStatus;
  dueOn: string | null;
  closedOn: string | null;
  /** The day it was recorded. */
  createdOn: string;
};

/** Promise-keeping in the period: outcomes dated in it, and what was still open at its end. */
export type CommitmentFigures = Pick<
  CommitmentRecord,
  'kept' | 'keptLate' | 'broken' | 'renegotiated' | 'released' | 'onTimeRate'
> & { open: number };

/** Counts the outcomes of a member's commitments closed in the period (kept on time, late,
 * broken…) with their on-time rate, and the commitments open at the period's end. */
export const computeCommitmentFigures = (
  commitments: readonly ScorecardCommitment[],
  period: ScorecardPeriod,
): CommitmentFigures => {
  const record = computeCommitmentRecord(commitments.filter((c) => isDayIn(period, c.closedOn)));
  return {
    kept: record.kept,
    keptLate: record.keptLate,
    broken: record.broken,
    renegotiated: record.renegotiated,
    released: record.released,
    onTimeRate: record.onTimeRate,
    open: commitments.filter(
      (c) => c.createdOn <= period.to && (c.closedOn === null || c.closedOn > period.to),
    ).length,
  };
};

/** A trust score at the start and at the end of the period. */
export type TrustMove = { before: Opinion; after: Opinion; change: number; evidenceCount: number };

const move = (
  before: ReturnType<typeof fuseReplayed>,
  after: ReturnType<typeof fuseReplayed>,
): TrustMove => ({
  before: before.opinion,
  after: after.opinion,
  change: after.opinion.expected - before.opinion.expected,
  evidenceCount: after.count,
});

/** An account the member owns. */
export type ScorecardAccount = { id: string; name: string };

/** One relationship, as coverage growth reads it: when it started and, if archived, ended. */
export type ScorecardRelationship = {
  teamMemberId: string;
  stakeholderId: string;
  stakeholderName: string;
  accountId: string;
  accountName: string;
  seniority: SeniorityLevel;
  startedAt: number;
  endedAt: number | null;
};

const isLiveAt = (r: ScorecardRelationship, at: number) =>
  r.startedAt <= at && (r.endedAt === null || r.endedAt > at);

/** What a member's new relationships added to the team's reach. */
export type CoverageGained = {
  relationshipsStarted: number;
  /** Stakeholders nobody on our side was connected with when the member reached them. */
  stakeholdersNewlyReached: { stakeholderId: string; name: string; accountName: string }[];
  /** Seniority levels of an account where nobody on our side had a connection before. */
  levelsNewlyReached: { accountId: string; accountName: string; level: SeniorityLevel }[];
};

/** Reads the coverage a member gained in the period from every relationship of the workspace:
 * the relationships they started, and which of them reached a person or a level of an account
 * that no one on the team reached at that moment. */
export const computeCoverageGained = (
  teamMemberId: string,
  relationships: readonly ScorecardRelationship[],
  period: ScorecardPeriod,
): CoverageGained => {
  const started = relationships
    .filter((r) => r.teamMemberId === teamMemberId && isInstantIn(period, r.startedAt))
    .sort((a, b) => a.startedAt - b.startedAt);
  // Whether another relationship already reached this far when `r` started. One recorded at the
  // same instant counts as earlier: rows written together (an import, the demo) record history,
  // and nobody reached anyone first in them.
  const reachedBefore = (
    r: ScorecardRelationship,
    same: (other: ScorecardRelationship) => boolean,
  ) => relationships.some((other) => other !== r && isLiveAt(other, r.startedAt) && same(other));
  const stakeholders = started.filter(
    (r) => !reachedBefore(r, (other) => other.stakeholderId === r.stakeholderId),
  );
  const levels = new Map<string, CoverageGained['levelsNewlyReached'][number]>();
  for (const r of started) {
    const key = `${r.accountId}:${r.seniority}`;
    if (levels.has(key)) continue;
    if (
      !reachedBefore(
        r,
        (other) => other.accountId === r.accountId && other.seniority === r.seniority,
      )
    )
      levels.set(key, { accountId: r.accountId, accountName: r.accountName, level: r.seniority });
  }
  return {
    relationshipsStarted: started.length,
    stakeholdersNewlyReached: stakeholders.map((r) => ({
      stakeholderId: r.stakeholderId,
      name: r.stakeholderName,
      accountName: r.accountName,
    })),
    levelsNewlyReached: [...levels.values()],
  };
};

/** Value given to one of the member's accounts. */
export type ScorecardValueDelivery = { accountId: string; name: string; deliveredOn: string };

/** A pulse an account's people answered (1–5 each). */
export type ScorecardPulse = {
  accountId: string;
  at: number;
  trustAnswer: number;
  valueAnswer: number;
  backingAnswer: number;
};

/** An opportunity on one of the member's accounts; `decidedOn` dates a won or lost deal. */
export type ScorecardOpportunity = {
  accountId: string;
  stage: OpportunityStage;
  amount: number | null;
  currency: string;
  decidedOn: string | null;
};

/** Money per currency, largest first. */
export type Amounts = { currency: string; amount: number }[];

const sumByCurrency = (opportunities: readonly ScorecardOpportunity[]): Amounts => {
  // Summed in cents: amounts are stored with two decimals, and floats would drift.
  const cents = new Map<string, number>();
  for (const o of opportunities) {
    if (o.amount === null) continue;
    cents.set(o.currency, (cents.get(o.currency) ?? 0) + Math.round(o.amount * 100));
  }
  return [...cents]
    .map(([currency, total]) => ({ currency, amount: total / 100 }))
    .sort((a, b) => b.amount - a.amount || a.currency.localeCompare(b.currency));
};

/** Everything one member's scorecard is computed from. */
export type ScorecardInput = {
  teamMemberId: string;
  period: ScorecardPeriod;
  settings: TrustSettings;
  weightOf: SubjectWeight;
  commitments: readonly ScorecardCommitment[];
  /** Live accounts the member owns. */
  accounts: readonly ScorecardAccount[];
  /** Ledger rows of those accounts and of the stakeholders below, in time order. */
  ledger: readonly (LedgerEntry & { accountId: string })[];
  /** Stakeholders the member has a live relationship with. */
  stakeholders: readonly { id: string; name: string; accountId: string; accountName: string }[];
  /** Every relationship of the workspace, live or archived. */
  relationships: readonly ScorecardRelationship[];
  valueDeliveries: readonly ScorecardValueDelivery[];
  pulses: readonly ScorecardPulse[];
  opportunities: readonly ScorecardOpportunity[];
};

/** A member's long game (promises, trust, coverage, value, the customer's pulse) beside their
 * short game (deals won, pipeline), over one period. */
export type Scorecard = {
  teamMemberId: string;
  commitments: CommitmentFigures;
  accounts: {
    count: number;
    /** All their accounts' evidence fused as one, per dimension. */
    trust: Record<Dimension, TrustMove>;
    items: { accountId: string; name: string; trust: Record<Dimension, TrustMove> }[];
  };
  stakeholders: {
    count: number;
    /** The personal trust their stakeholders place in them, fused (weighted by role). */
    personalTrust: TrustMove;
    items: {
      stakeholderId: string;
      name: string;
      accountId: string;
      accountName: string;
      personalTrust: TrustMove;
    }[];
  };
  coverage: CoverageGained;
  value: {
    delivered: number;
    /** The latest value given to their accounts up to the end of the period. */
    latest: (ScorecardValueDelivery & { accountName: string }) | null;
  };
  pulses: {
    count: number;
    averages: { trust: number; value: number; backing: number } | null;
  };
  opportunities: {
    won: { count: number; amounts: Amounts };
    open: { count: number; amounts: Amounts };
  };
};

/** Computes one member's scorecard. Trust is read as the account page reads it: the ledger
 * replayed at the period's start and end, stakeholders fused by role influence. */
export const computeScorecard = (input: ScorecardInput): Scorecard => {
  const { period, settings, weightOf, teamMemberId } = input;
  const before = replayLedger(input.ledger, settings, period.startAt);
  const after = replayLedger(input.ledger, settings, period.endAt);
  const accountOf = new Map<string, string>();
  for (const entry of input.ledger) accountOf.set(entry.subjectId, entry.accountId);
  const ownedIds = new Set(input.accounts.map((a) => a.id));
  const trustOf = (keep: (subjectId: string) => boolean) =>
    Object.fromEntries(
      dimensions.map((dimension) => {
        const filter = (s: { subjectId: string }) => keep(s.subjectId);
        return [
          dimension,
          move(
            fuseReplayed(before, settings, dimension, weightOf, filter),
            fuseReplayed(after, settings, dimension, weightOf, filter),
          ),
        ];
      }),
    ) as Record<Dimension, TrustMove>;
  const personalIn = (stakeholderIds: ReadonlySet<string>, weigh: SubjectWeight) => {
    const filter = (s: { subjectType: string; subjectId: string; aboutId: string }) =>
      s.subjectType === 'stakeholder' &&
      s.aboutId === teamMemberId &&
      stakeholderIds.has(s.subjectId);
    return move(
      fuseReplayed(before, settings, 'personal', weigh, filter),
      fuseReplayed(after, settings, 'personal', weigh, filter),
    );
  };
  const accountNames = new Map(input.accounts.map((a) => [a.id, a.name]));
  const latest = input.valueDeliveries
    .filter((v) => ownedIds.has(v.accountId) && v.deliveredOn <= period.to)
    .sort((a, b) =>
      a.deliveredOn < b.deliveredOn ? 1 : a.deliveredOn > b.deliveredOn ? -1 : 0,
    )[0];
  const pulses = input.pulses.filter((p) => ownedIds.has(p.accountId) && isInstantIn(period, p.at));
  const average = (pick: (p: ScorecardPulse) => number) =>
    pulses.reduce((sum, p) => sum + pick(p), 0) / pulses.length;
  const opportunities = input.opportunities.filter((o) => ownedIds.has(o.accountId));
  const won = opportunities.filter((o) => o.stage === 'won' && isDayIn(period, o.decidedOn));
  const open = opportunities.filter((o) => o.stage !== 'won' && o.stage !== 'lost');
  return {
    teamMemberId,
    commitments: computeCommitmentFigures(input.commitments, period),
    accounts: {
      count: input.accounts.length,
      trust: trustOf((subjectId) => ownedIds.has(accountOf.get(subjectId) ?? '')),
      items: input.accounts.map((account) => ({
        accountId: account.id,
        name: account.name,
        trust: trustOf((subjectId) => accountOf.get(subjectId) === account.id),
      })),
    },
    stakeholders: {
      count: input.stakeholders.length,
      personalTrust: personalIn(new Set(input.stakeholders.map((s) => s.id)), weightOf),
      // One stakeholder's scores share one role weight, so they add up unweighted.
      items: input.stakeholders.map((s) => ({
        stakeholderId: s.id,
        name: s.name,
        accountId: s.accountId,
        accountName: s.accountName,
        personalTrust: personalIn(new Set([s.id]), () => 1),
      })),
    },
    coverage: computeCoverageGained(teamMemberId, input.relationships, period),
    value: {
      delivered: input.valueDeliveries.filter(
        (v) => ownedIds.has(v.accountId) && isDayIn(period, v.deliveredOn),
      ).length,
      latest:
        latest === undefined
          ? null
          : { ...latest, accountName: accountNames.get(latest.accountId) ?? '' },
    },
    pulses: {
      count: pulses.length,
      averages:
        pulses.length === 0
          ? null
          : {
              trust: average((p) => p.trustAnswer),
              value: average((p) => p.valueAnswer),
              backing: average((p) => p.backingAnswer),
            },
    },
    opportunities: {
      won: { count: won.length, amounts: sumByCurrency(won) },
      open: { count: open.length, amounts: sumByCurrency(open) },
    },
  };
};
