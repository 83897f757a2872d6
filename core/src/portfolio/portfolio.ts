import { type AlertSeverity, defaultAlertThresholds } from '../alerts/rules.ts';
import {
  computeCoverage,
  type CoverageRelationship,
  type CoverageStakeholder,
} from '../coverage/coverage.ts';
import { DomainError } from '../errors.ts';
import { type Dimension, dimensions } from '../model/index.ts';
import type { SortOrder } from '../paging.ts';
import {
  computeTrustFromStates,
  type CurrentScore,
  type DimensionTrust,
  type LedgerEntry,
  replayLedger,
  type SubjectWeight,
} from '../trust/ledger.ts';
import { dayMs, type TrustSettings } from '../trust/settings.ts';

/** Everything the portfolio reads about one account, gathered by set-based queries. */
export type PortfolioAccountInput = {
  accountId: string;
  name: string;
  ownerTeamMemberId: string | null;
  ownerName: string | null;
  /** The account's ledger rows in time order: the 30- and 90-day changes replay them. */
  ledger: readonly LedgerEntry[];
  /** The account's stored score states: the current opinions read them without a replay. */
  current: readonly CurrentScore[];
  coverage: { stakeholders: CoverageStakeholder[]; relationships: CoverageRelationship[] };
  /** Alerts that are neither resolved nor snoozed, by severity. */
  openAlerts: Partial<Record<AlertSeverity, number>>;
  /** Open commitments past their due date, per side. */
  overdue: { ours: number; theirs: number };
};

/** One person an account hangs on: all its relationships run through them. */
export type SingleThread = { side: 'ours' | 'theirs'; personId: string; personName: string };

/** One account as the portfolio shows it. */
export type PortfolioRow = {
  accountId: string;
  name: string;
  ownerTeamMemberId: string | null;
  ownerName: string | null;
  dimensions: Record<Dimension, DimensionTrust>;
  /** The lowest of the four 30-day changes: how steeply the account moves down, if it does. */
  lowestChange30Days: number;
  /** Dimensions that fell by more than the `trust-fell` alert threshold in 30 days. */
  fallingDimensions: Dimension[];
  isFalling: boolean;
  openAlerts: Record<AlertSeverity, number> & { total: number };
  overdueCommitments: { ours: number; theirs: number; total: number };
  isSingleThreaded: boolean;
  singleThreads: SingleThread[];
  /** When the latest evidence about the account was observed (ms), or null. */
  lastEvidenceAt: number | null;
};

/** Reads one account's portfolio row: the same trust the account page shows (stored states now,
 * the ledger replayed for the changes), its coverage flags, alerts and overdue promises. */
export const computePortfolioRow = (
  input: PortfolioAccountInput,
  options: {
    settings: TrustSettings;
    at: number;
    weightOf: SubjectWeight;
    /** A fall larger than this (0–1) in 30 days makes a dimension falling. */
    fallThreshold?: number;
  },
): PortfolioRow => {
  const { settings, at, weightOf } = options;
  const fallThreshold = options.fallThreshold ?? defaultAlertThresholds.trustFall30Days;
  // One replay per past date serves all four dimensions, as on the account page.
  const before30Days = replayLedger(input.ledger, settings, at - 30 * dayMs);
  const before90Days = replayLedger(input.ledger, settings, at - 90 * dayMs);
  const trust = Object.fromEntries(
    dimensions.map((dimension) => [
      dimension,
      computeTrustFromStates({
        current: input.current,
        before30Days,
        before90Days,
        settings,
        at,
        dimension,
        weightOf,
      }),
    ]),
  ) as Record<Dimension, DimensionTrust>;
  // The same comparison the `trust-fell` alert rule makes.
  const fallingDimensions = dimensions.filter((d) => trust[d].change30Days < -fallThreshold);
  const coverage = computeCoverage(input.coverage);
  const singleThreads = coverage.flags.flatMap((flag): SingleThread[] =>
    flag.kind === 'single-threaded'
      ? [{ side: flag.side, personId: flag.personId, personName: flag.personName }]
      : [],
  );
  const alerts = {
    high: input.openAlerts.high ?? 0,
    medium: input.openAlerts.medium ?? 0,
    low: input.openAlerts.low ?? 0,
  };
  let lastEvidenceAt: number | null = null;
  for (const entry of input.ledger)
    lastEvidenceAt = lastEvidenceAt === null ? entry.at : Math.max(lastEvidenceAt, entry.at);
  return {
    accountId: input.accountId,
    name: input.name,
    ownerTeamMemberId: input.ownerTeamMemberId,
    ownerName: input.ownerName,
    dimensions: trust,
    lowestChange30Days: Math.min(...dimensions.map((d) => trust[d].change30Days)),
    fallingDimensions,
    isFalling: fallingDimensions.length > 0,
    openAlerts: { ...alerts, total: alerts.high + alerts.medium + alerts.low },
    overdueCommitments: { ...input.overdue, total: input.overdue.ours + input.overdue.theirs },
    isSingleThreaded: singleThreads.length > 0,
    singleThreads,
    lastEvidenceAt,
  };
};

/** Which accounts the portfolio keeps; unset filters keep everything. */
export type PortfolioFilter = {
  /** A team member's id, or `none` for accounts without an owner. */
  owner?: string | undefined;
  isFalling?: boolean | undefined;
  isSingleThreaded?: boolean | undefined;
  hasOverdue?: boolean | undefined;
  /** Text the account's name contains, ignoring case. */
  q?: string | undefined;
};

/** Keeps the rows a filter asks for. */
export const filterPortfolio = (
  rows: readonly PortfolioRow[],
  filter: PortfolioFilter,
): PortfolioRow[] => {
  const q = filter.q?.trim().toLowerCase() ?? '';
  return rows.filter(
    (row) =>
      (filter.owner === undefined ||
        (filter.owner === 'none'
          ? row.ownerTeamMemberId === null
          : row.ownerTeamMemberId === filter.owner)) &&
      (filter.isFalling === undefined || row.isFalling === filter.isFalling) &&
      (filter.isSingleThreaded === undefined || row.isSingleThreaded === filter.isSingleThreaded) &&
      (filter.hasOverdue === undefined || row.overdueCommitments.total > 0 === filter.hasOverdue) &&
      (q === '' || row.name.toLowerCase().includes(q)),
  );
};

/** What the portfolio sorts by: each dimension's expected trust, and the columns a lead scans. */
export const portfolioSortFields = [
  'name',
  'owner',
  ...dimensions,
  'change30Days',
  'openAlerts',
  'overdue',
  'lastEvidenceAt',
] as const;
/** One portfolio sort field. */
export type PortfolioSortField = (typeof portfolioSortFields)[number];

type SortValue = string | number | null;

const sortValueOf = (row: PortfolioRow, field: PortfolioSortField): SortValue => {
  switch (field) {
    case 'name':
      return row.name.toLowerCase();
    case 'owner':
      return row.ownerName?.toLowerCase() ?? null;
    case 'personal':
    case 'corporate':
    case 'capability':
    case 'reciprocal':
      return row.dimensions[field].expected;
    case 'change30Days':
      return row.lowestChange30Days;
    case 'openAlerts':
      return row.openAlerts.total;
    case 'overdue':
      return row.overdueCommitments.total;
    case 'lastEvidenceAt':
      return row.lastEvidenceAt;
    default:
      return assertNever(field);
  }
};

const sortValueTypes: Record<PortfolioSortField, 'string' | 'number'> = {
  name: 'string',
  owner: 'string',
  personal: 'number',
  corporate: 'number',
  capability: 'number',
  reciprocal: 'number',
  change30Days: 'number',
  openAlerts: 'number',
  overdue: 'number',
  lastEvidenceAt: 'number',
};

const assertNever = (value: never): never => {
  throw new Error(`unknown portfolio sort field ${String(value)}`);
};

/** Where a page starts: the sort value, name and id of the last row of the previous page. */
export type PortfolioCursor = { value: SortValue; name: string; id: string };

const compare = (a: string | number, b: string | number) => (a === b ? 0 : a < b ? -1 : 1);

// Rows without a value (no owner, no evidence) come last in either direction; ties go by name,
// then id, so the order is total and a cursor names exactly one place in it.
const compareKeys = (a: PortfolioCursor, b: PortfolioCursor, direction: 1 | -1): number => {
  if (a.value === null || b.value === null) {
    if (a.value !== b.value) return a.value === null ? 1 : -1;
  } else if (a.value !== b.value) {
    return compare(a.value, b.value) * direction;
  }
  return (compare(a.name, b.name) || compare(a.id, b.id)) * direction;
};

/** One sorted page of portfolio rows after `cursor`, with the cursor of the next page. */
export const pagePortfolio = (
  rows: readonly PortfolioRow[],
  options: {
    sort: SortOrder<PortfolioSortField>;
    cursor?: PortfolioCursor | undefined;
    limit: number;
  },
): { data: PortfolioRow[]; nextCursor: PortfolioCursor | null; total: number } => {
  const direction = options.sort.direction === 'desc' ? -1 : 1;
  const keyOf = (row: PortfolioRow): PortfolioCursor => ({
    value: sortValueOf(row, options.sort.field),
    name: row.name.toLowerCase(),
    id: row.accountId,
  });
  const cursor = options.cursor;
  if (
    cursor !== undefined &&
    cursor.value !== null &&
    typeof cursor.value !== sortValueTypes[options.sort.field]
  ) {
    throw new DomainError(
      'validation-failed',
      'This cursor belongs to another sort order. Start again without `cursor` after changing `sort`.',
      [{ pointer: '/cursor', detail: 'does not match the sort order' }],
    );
  }
  const sorted = rows
    .map((row) => ({ row, key: keyOf(row) }))
    .sort((a, b) => compareKeys(a.key, b.key, direction));
  const after =
    cursor === undefined
      ? sorted
      : sorted.filter((item) => compareKeys(item.key, cursor, direction) > 0);
  const page = after.slice(0, options.limit);
  const last = page.at(-1);
  return {
    data: page.map((item) => item.row),
    nextCursor: after.length > options.limit && last !== undefined ? last.key : null,
    total: rows.length,
  };
};
