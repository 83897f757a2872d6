import {
  type Account,
  type Competitor,
  fuseReplayed,
  replayLedger,
  fuseStates,
  computeTrustFromStates,
  computeTrustHistory,
  dayMs,
  type Dimension,
  dimensions,
  DomainError,
  explainScore,
  type EvidenceContribution,
  type Opinion,
  type Opportunity,
  type ScoreSubject,
  type Stakeholder,
  type SubjectWeight,
  type TeamMember,
  type TrustSettings,
  decayTrustState,
  halfLifeMs,
  isOpinionEnough,
  nilId,
} from '@fulcrum/core';
import {
  accountTable,
  type Db,
  type EvidenceRow,
  findRecord,
  getTrustSettings,
  listAccountEvidence,
  listAccountScores,
  listRecords,
  opportunityTable,
  stakeholderTable,
  teamMemberTable,
} from '../db/index.ts';

/** Everything the trust views of one account need, loaded once. */
export type AccountTrustContext = {
  account: Account;
  settings: TrustSettings;
  ledger: EvidenceRow[];
  stakeholders: Stakeholder[];
  opportunities: Opportunity[];
  competitors: Competitor[];
  teamMembers: TeamMember[];
  weightOf: SubjectWeight;
  /** What the named observations said: signal name and note, for explanations. */
  loadLabels: (observationIds: string[]) => Promise<Labels>;
};

const everything = {
  sort: { field: 'name', direction: 'asc' as const },
  limit: 10_000,
  archived: 'any' as const,
};

/** Loads an account's ledger, people, deals and settings, or 404 when it is not in the workspace. */
export const loadAccountTrustContext = async (
  db: Db,
  workspaceId: string,
  accountId: string,
): Promise<AccountTrustContext> => {
  const account = await findRecord<Account>(db, accountTable, workspaceId, accountId);
  if (account === null)
    throw new DomainError('not-found', 'No account with this id exists in your workspace.');
  const [settings, ledger, stakeholders, opportunities, teamMembers] = await Promise.all([
    getTrustSettings(db, workspaceId),
    listAccountEvidence(db, workspaceId, accountId),
    listRecords<Stakeholder>(db, stakeholderTable, workspaceId, {
      ...everything,
      where: { account_id: accountId },
    }),
    listRecords<Opportunity>(db, opportunityTable, workspaceId, {
      ...everything,
      where: { account_id: accountId },
    }),
    listRecords<TeamMember>(db, teamMemberTable, workspaceId, everything),
  ]);
  const competitors = await db.query<Competitor>(
    `SELECT t.id, t.opportunity_id AS "opportunityId", t.name, t.capability_estimate AS "capabilityEstimate"
     FROM competitors t JOIN opportunities o ON o.workspace_id = t.workspace_id AND o.id = t.opportunity_id
     WHERE t.workspace_id = $1 AND o.account_id = $2 AND t.archived_at IS NULL ORDER BY lower(t.name)`,
    [workspaceId, accountId],
  );
  const roleOf = new Map(stakeholders.data.map((s) => [s.id as string, s.buyingRole]));
  const weightOf: SubjectWeight = (subject) =>
    subject.subjectType === 'stakeholder'
      ? settings.roleWeights[roleOf.get(subject.subjectId) ?? 'user']
      : 1;
  return {
    account,
    settings,
    ledger,
    stakeholders: stakeholders.data,
    opportunities: opportunities.data,
    competitors,
    teamMembers: teamMembers.data,
    weightOf,
    // Only the few observations an explanation names are read, not all of the account's.
    loadLabels: async (ids) =>
      new Map(
        (
          await db.query<{ id: string; signalName: string; note: string | null }>(
            `SELECT o.id, s.name AS "signalName", o.note FROM observations o
             JOIN signals s ON s.workspace_id = o.workspace_id AND s.id = o.signal_id
             WHERE o.workspace_id = $1 AND o.id = ANY($2::uuid[])`,
            [workspaceId, ids],
          )
        ).map((row) => [row.id, { signalName: row.signalName, note: row.note }]),
      ),
  };
};

type Labels = Map<string, { signalName: string; note: string | null }>;

/** Describes the evidence behind scores, reading the labels of all of it in one query. */
const describeAll = async <K extends string>(
  context: AccountTrustContext,
  groups: Record<K, EvidenceContribution[]>,
): Promise<Record<K, ReturnType<typeof describeEvidence>[]>> => {
  const ledgerById = new Map(context.ledger.map((row) => [row.id, row]));
  const all = Object.values<EvidenceContribution[]>(groups).flat();
  const sourceIds = all
    .map((c) => ledgerById.get(c.entryId)?.sourceId)
    .filter((id): id is string => typeof id === 'string');
  const labels = await context.loadLabels([...new Set(sourceIds)]);
  return Object.fromEntries(
    Object.entries<EvidenceContribution[]>(groups).map(([key, contributions]) => [
      key,
      contributions.map((c) => describeEvidence(labels, ledgerById.get(c.entryId)!, c)),
    ]),
  ) as Record<K, ReturnType<typeof describeEvidence>[]>;
};

const describeEvidence = (labels: Labels, row: EvidenceRow, contribution: EvidenceContribution) => {
  const observation = row.sourceId ? labels.get(row.sourceId) : undefined;
  return {
    evidenceId: row.id,
    source: row.source,
    sourceId: row.sourceId,
    label: observation?.signalName ?? row.source,
    note: observation?.note ?? null,
    dimension: row.dimension,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    polarity: contribution.polarity,
    weight: row.weight,
    observedAt: row.observedAt.toISOString(),
    currentWeight: contribution.currentWeight,
    share: contribution.share,
  };
};

const round = (value: number) => Math.round(value * 1e6) / 1e6;
const presentOpinion = (opinion: Opinion) => ({
  expected: round(opinion.expected),
  belief: round(opinion.belief),
  disbelief: round(opinion.disbelief),
  uncertainty: round(opinion.uncertainty),
  baseRate: opinion.baseRate,
});

/** The account's trust now: the four dimensions, each stakeholder's personal and corporate trust,
 * and each opportunity's capability trust beside its competitors, with the evidence behind them. */
export const getAccountTrust = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  now: Date,
) => {
  const context = await loadAccountTrustContext(db, workspaceId, accountId);
  const { settings, ledger, weightOf } = context;
  const at = now.getTime();
  const stored = await listAccountScores(db, workspaceId, accountId);
  const current = stored.map((score) => ({
    subject: score,
    dimension: score.dimension,
    state: score.state,
    count: score.evidenceCount,
  }));
  // One replay per past date serves all four dimensions.
  const before30Days = replayLedger(ledger, settings, at - 30 * dayMs);
  const before90Days = replayLedger(ledger, settings, at - 90 * dayMs);
  const topEvidence = await describeAll(
    context,
    Object.fromEntries(
      dimensions.map((dimension) => [
        dimension,
        explainScore({
          entries: ledger,
          settings,
          at,
          weightOf,
          filter: (e) => e.dimension === dimension,
          limit: 5,
        }),
      ]),
    ) as Record<Dimension, EvidenceContribution[]>,
  );

  const dimensionView = Object.fromEntries(
    dimensions.map((dimension) => {
      const trust = computeTrustFromStates({
        current,
        before30Days,
        before90Days,
        settings,
        at,
        dimension,
        weightOf,
      });
      return [
        dimension,
        {
          ...presentOpinion(trust),
          isEnough: trust.isEnough,
          evidenceCount: trust.evidenceCount,
          change30Days: round(trust.change30Days),
          change90Days: round(trust.change90Days),
          topEvidence: topEvidence[dimension],
        },
      ];
    }),
  ) as Record<Dimension, unknown>;

  const opinionOf = (subject: (s: ScoreSubject) => boolean, dimension: Dimension) => {
    const parts = current
      .filter((score) => score.dimension === dimension && subject(score.subject))
      .map((score) => ({
        subject: score.subject,
        state: decayTrustState(score.state, at, halfLifeMs(settings, dimension)),
      }));
    // One stakeholder's scores share one role weight, so they add up unweighted.
    const opinion = fuseStates(parts, () => 1, settings);
    return {
      ...presentOpinion(opinion),
      isEnough: isOpinionEnough(opinion, settings.enoughExpected, settings.enoughMaxUncertainty),
      evidenceCount: parts.length,
    };
  };

  const teamName = new Map(context.teamMembers.map((m) => [m.id as string, m.name]));
  const stakeholders = context.stakeholders
    .filter((s) => s.archivedAt === null)
    .map((stakeholder) => {
      const isThem = (subject: ScoreSubject) =>
        subject.subjectType === 'stakeholder' && subject.subjectId === stakeholder.id;
      const aboutIds = [
        ...new Set(
          current
            .filter((c) => isThem(c.subject) && c.dimension === 'personal')
            .map((c) => c.subject.aboutId),
        ),
      ];
      return {
        stakeholderId: stakeholder.id,
        name: stakeholder.name,
        buyingRole: stakeholder.buyingRole,
        seniority: stakeholder.seniority,
        status: stakeholder.status,
        personal: opinionOf(isThem, 'personal'),
        personalByTeamMember: aboutIds
          .filter((id) => id !== nilId)
          .map((teamMemberId) => ({
            teamMemberId,
            name: teamName.get(teamMemberId) ?? 'Former team member',
            ...opinionOf(
              (subject) => isThem(subject) && subject.aboutId === teamMemberId,
              'personal',
            ),
          })),
        corporate: opinionOf(isThem, 'corporate'),
      };
    });

  const opportunities = context.opportunities
    .filter((o) => o.archivedAt === null)
    .map((opportunity) => {
      const ours = opinionOf(
        (subject) => subject.subjectType === 'opportunity' && subject.subjectId === opportunity.id,
        'capability',
      );
      const competitors = context.competitors
        .filter((c) => c.opportunityId === opportunity.id)
        .map((c) => ({ competitorId: c.id, name: c.name, expected: c.capabilityEstimate }));
      const ranked = [
        { name: 'Us', expected: ours.expected, isUs: true },
        ...competitors
          .filter((c) => c.expected !== null)
          .map((c) => ({ name: c.name, expected: c.expected!, isUs: false })),
      ].sort((a, b) => b.expected - a.expected);
      const rank = ranked.findIndex((entry) => entry.isUs) + 1;
      const leader = ranked[0]!;
      return {
        opportunityId: opportunity.id,
        name: opportunity.name,
        stage: opportunity.stage,
        capability: ours,
        competitors,
        rank,
        rankedCount: ranked.length,
        leader: leader.isUs
          ? null
          : {
              name: leader.name,
              expected: leader.expected,
              gap: round(leader.expected - ours.expected),
            },
        isTrustedButNotMostTrusted: ours.expected > settings.baseRate && !leader.isUs,
      };
    });

  return {
    accountId,
    at: now.toISOString(),
    settings,
    dimensions: dimensionView,
    stakeholders,
    opportunities,
  };
};

/** Samples the account's four dimensions over time for a chart. */
export const getAccountTrustHistory = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  range: { from: Date; to: Date; stepDays: number },
) => {
  const context = await loadAccountTrustContext(db, workspaceId, accountId);
  const stepMs = range.stepDays * dayMs;
  const points = computeTrustHistory({
    entries: context.ledger,
    settings: context.settings,
    from: range.from.getTime(),
    to: range.to.getTime(),
    stepMs,
    weightOf: context.weightOf,
    dimensions,
  });
  return {
    accountId,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    stepDays: range.stepDays,
    points: points.map((point) => ({
      at: new Date(point.at).toISOString(),
      ...Object.fromEntries(
        dimensions.map((dimension) => [dimension, presentOpinion(point[dimension])]),
      ),
    })),
  };
};

/** What changed between two dates: each dimension before and after, and the evidence added in
 * between ranked by how much it moves the score at the later date. */
export const getAccountTrustChanges = async (
  db: Db,
  workspaceId: string,
  accountId: string,
  range: { from: Date; to: Date },
) => {
  const context = await loadAccountTrustContext(db, workspaceId, accountId);
  const { settings, ledger, weightOf } = context;
  const from = range.from.getTime();
  const to = range.to.getTime();
  const before = replayLedger(ledger, settings, from);
  const after = replayLedger(ledger, settings, to);
  const added = await describeAll(
    context,
    Object.fromEntries(
      dimensions.map((dimension) => [
        dimension,
        explainScore({
          entries: ledger,
          settings,
          at: to,
          weightOf,
          filter: (e) => e.dimension === dimension,
          limit: 10,
          since: from,
        }),
      ]),
    ) as Record<Dimension, EvidenceContribution[]>,
  );
  return {
    accountId,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    dimensions: Object.fromEntries(
      dimensions.map((dimension) => {
        const then = fuseReplayed(before, settings, dimension, weightOf).opinion;
        const now = fuseReplayed(after, settings, dimension, weightOf).opinion;
        return [
          dimension,
          {
            before: presentOpinion(then),
            after: presentOpinion(now),
            change: round(now.expected - then.expected),
            addedEvidence: added[dimension],
          },
        ];
      }),
    ),
  };
};
