import type { Dimension, Polarity } from '../model/index.ts';
import { computeOpinion, isOpinionEnough, type Opinion } from './opinion.ts';
import { dayMs, type TrustSettings } from './settings.ts';
import { applyEvidence, decayTrustState, emptyTrustState, type TrustState } from './state.ts';

/** What a score is about: the account, one stakeholder (optionally in one of our people), or an
 * opportunity. `aboutId` is the team member of a personal score, or the nil id. */
export type ScoreSubject = {
  subjectType: 'account' | 'stakeholder' | 'opportunity';
  subjectId: string;
  aboutId: string;
};

/** One ledger row as the math needs it (times in ms). A reversal cancels the row it names. */
export type LedgerEntry = ScoreSubject & {
  id: string;
  dimension: Dimension;
  polarity: Polarity;
  weight: number;
  at: number;
  reversesId: string | null;
};

/** The nil id used for "not about one team member". */
export const nilId = '00000000-0000-0000-0000-000000000000';

/** The key of one score's state. */
export const scoreKey = (subject: ScoreSubject, dimension: Dimension): string =>
  `${subject.subjectType}:${subject.subjectId}:${subject.aboutId}:${dimension}`;

/** Half-life of a dimension in ms. */
export const halfLifeMs = (settings: TrustSettings, dimension: Dimension): number =>
  settings.halfLifeDays[dimension] * dayMs;

/** Applies one ledger row to a state; a reversal subtracts exactly what its original added, since
 * the decayed sums are linear in the weights. */
export const applyLedgerEntry = (
  state: TrustState,
  entry: LedgerEntry,
  settings: TrustSettings,
): TrustState =>
  applyEvidence(
    state,
    {
      polarity: entry.polarity,
      weight: entry.reversesId === null ? entry.weight : -entry.weight,
      at: entry.at,
    },
    halfLifeMs(settings, entry.dimension),
    settings.asymmetry,
  );

/** One score's replayed state. */
export type ReplayedScore = {
  subject: ScoreSubject;
  dimension: Dimension;
  state: TrustState;
  count: number;
};

/** Replayed states by score key. */
export type ReplayedScores = Map<string, ReplayedScore>;

const dimensionIndex: Record<Dimension, number> = {
  personal: 0,
  corporate: 1,
  capability: 2,
  reciprocal: 3,
};

/** Replays ledger rows up to `at` into a state per score, each decayed to `at`. This is the hot
 * path of every replay and backtest, so it mutates its own states in place and finds them through
 * nested maps keyed by the rows' own id strings (no key is built per row); the arithmetic is
 * exactly `applyEvidence`'s, which the tests hold it to. */
export const replayLedger = (
  entries: readonly LedgerEntry[],
  settings: TrustSettings,
  at: number,
): ReplayedScores => {
  const halfLives = [
    halfLifeMs(settings, 'personal'),
    halfLifeMs(settings, 'corporate'),
    halfLifeMs(settings, 'capability'),
    halfLifeMs(settings, 'reciprocal'),
  ];
  const asymmetry = settings.asymmetry;
  const bySubject = new Map<string, Map<string, (ReplayedScore | undefined)[]>>();
  const all: ReplayedScore[] = [];
  for (const entry of entries) {
    if (entry.at > at) continue;
    let abouts = bySubject.get(entry.subjectId);
    if (abouts === undefined) {
      abouts = new Map();
      bySubject.set(entry.subjectId, abouts);
    }
    let slots = abouts.get(entry.aboutId);
    if (slots === undefined) {
      slots = [undefined, undefined, undefined, undefined];
      abouts.set(entry.aboutId, slots);
    }
    const index = dimensionIndex[entry.dimension];
    let slot = slots[index];
    if (slot === undefined) {
      slot = {
        subject: {
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          aboutId: entry.aboutId,
        },
        dimension: entry.dimension,
        state: { r: 0, s: 0, at: entry.at },
        count: 0,
      };
      slots[index] = slot;
      all.push(slot);
    }
    const state = slot.state;
    const halfLife = halfLives[index]!;
    let weight = entry.reversesId === null ? entry.weight : -entry.weight;
    if (entry.at > state.at) {
      const factor = Math.pow(2, -(entry.at - state.at) / halfLife);
      state.r *= factor;
      state.s *= factor;
      state.at = entry.at;
    } else {
      weight *= Math.pow(2, -(state.at - entry.at) / halfLife);
    }
    if (entry.polarity > 0) state.r += weight;
    else state.s += asymmetry * weight;
    slot.count += entry.reversesId === null ? 1 : -1;
  }
  const replayed: ReplayedScores = new Map();
  for (const slot of all) {
    slot.state = decayTrustState(slot.state, at, halfLives[dimensionIndex[slot.dimension]]!);
    replayed.set(scoreKey(slot.subject, slot.dimension), slot);
  }
  return replayed;
};

/** How much a subject counts when scores are fused into the account's (role influence). */
export type SubjectWeight = (subject: ScoreSubject) => number;

/** Fuses subject states into one opinion by adding their evidence, each scaled by its subject's
 * weight: cumulative fusion in evidence space, so more and stronger voices count more. */
export const fuseStates = (
  parts: readonly { subject: ScoreSubject; state: Pick<TrustState, 'r' | 's'> }[],
  weightOf: SubjectWeight,
  settings: TrustSettings,
): Opinion => {
  let r = 0;
  let s = 0;
  for (const part of parts) {
    const weight = weightOf(part.subject);
    r += weight * part.state.r;
    s += weight * part.state.s;
  }
  return computeOpinion({ r, s }, settings.priorWeight, settings.baseRate);
};

/** An opinion with its verdict and recent movement. */
export type DimensionTrust = Opinion & {
  isEnough: boolean;
  evidenceCount: number;
  change30Days: number;
  change90Days: number;
};

/** The fused opinion, in one dimension, of the replayed scores a filter keeps. */
export const fuseReplayed = (
  replayed: ReplayedScores,
  settings: TrustSettings,
  dimension: Dimension,
  weightOf: SubjectWeight,
  filter: (s: ScoreSubject) => boolean = () => true,
) => {
  const parts = [...replayed.values()].filter(
    (part) => part.dimension === dimension && filter(part.subject),
  );
  return {
    opinion: fuseStates(parts, weightOf, settings),
    count: parts.reduce((sum, part) => sum + part.count, 0),
  };
};

/** The fused opinion of the subjects a filter keeps, replayed from the ledger as of `at`. */
export const computeFusedOpinionAt = (
  entries: readonly LedgerEntry[],
  settings: TrustSettings,
  at: number,
  dimension: Dimension,
  weightOf: SubjectWeight,
  filter: (s: ScoreSubject) => boolean = () => true,
) => fuseReplayed(replayLedger(entries, settings, at), settings, dimension, weightOf, filter);

/** The fused trust of a set of subjects in one dimension at `at`, with its 30- and 90-day change,
 * all replayed from the ledger (what a full replay gives; the read side uses stored states). */
export const computeDimensionTrust = (options: {
  entries: readonly LedgerEntry[];
  settings: TrustSettings;
  at: number;
  dimension: Dimension;
  weightOf: SubjectWeight;
  filter?: (subject: ScoreSubject) => boolean;
}): DimensionTrust =>
  computeTrustFromStates({
    ...options,
    current: [...replayLedger(options.entries, options.settings, options.at).values()],
    before30Days: replayLedger(options.entries, options.settings, options.at - 30 * dayMs),
    before90Days: replayLedger(options.entries, options.settings, options.at - 90 * dayMs),
  });

/** One sample of a score's history. */
export type TrustHistoryPoint = { at: number } & Record<Dimension, Opinion>;

/** Samples the fused opinion of every dimension from `from` to `to` every `stepMs`, in one pass
 * over the ledger (rows must be sorted by time). */
export const computeTrustHistory = (options: {
  entries: readonly LedgerEntry[];
  settings: TrustSettings;
  from: number;
  to: number;
  stepMs: number;
  weightOf: SubjectWeight;
  dimensions: readonly Dimension[];
}): TrustHistoryPoint[] => {
  const { settings } = options;
  const states = new Map<
    string,
    { subject: ScoreSubject; dimension: Dimension; state: TrustState }
  >();
  const points: TrustHistoryPoint[] = [];
  let next = 0;
  for (let at = options.from; at <= options.to; at += options.stepMs) {
    while (next < options.entries.length && options.entries[next]!.at <= at) {
      const entry = options.entries[next++]!;
      const key = scoreKey(entry, entry.dimension);
      const current = states.get(key) ?? {
        subject: entry,
        dimension: entry.dimension,
        state: emptyTrustState(entry.at),
      };
      current.state = applyLedgerEntry(current.state, entry, settings);
      states.set(key, current);
    }
    const point = { at } as TrustHistoryPoint;
    for (const dimension of options.dimensions) {
      const parts = [...states.values()]
        .filter((part) => part.dimension === dimension)
        .map((part) => ({
          subject: part.subject,
          state: decayTrustState(part.state, at, halfLifeMs(settings, dimension)),
        }));
      point[dimension] = fuseStates(parts, options.weightOf, settings);
    }
    points.push(point);
  }
  return points;
};

/** How much one piece of evidence moves a score now. */
export type EvidenceContribution = {
  entryId: string;
  polarity: Polarity;
  /** Its weight after decay (and asymmetry and subject weight) at the time asked about. */
  currentWeight: number;
  /** Its part of all the evidence behind the score, 0–1. */
  share: number;
};

/** Lists the evidence that moves a score most at `at`: reversed rows and their reversals cancel
 * and are left out. */
export const explainScore = (options: {
  entries: readonly LedgerEntry[];
  settings: TrustSettings;
  at: number;
  weightOf: SubjectWeight;
  filter: (entry: LedgerEntry) => boolean;
  limit: number;
  since?: number;
}): EvidenceContribution[] => {
  const { settings } = options;
  const reversed = new Set(
    options.entries.filter((e) => e.reversesId !== null).map((e) => e.reversesId),
  );
  const live = options.entries.filter(
    (entry) =>
      entry.reversesId === null &&
      !reversed.has(entry.id) &&
      entry.at <= options.at &&
      options.filter(entry),
  );
  const weighted = live.map((entry) => {
    const decay = Math.pow(2, -(options.at - entry.at) / halfLifeMs(settings, entry.dimension));
    const asymmetry = entry.polarity < 0 ? settings.asymmetry : 1;
    return { entry, currentWeight: entry.weight * decay * asymmetry * options.weightOf(entry) };
  });
  const total = weighted.reduce((sum, item) => sum + item.currentWeight, 0);
  return weighted
    .filter((item) => options.since === undefined || item.entry.at > options.since)
    .sort((a, b) => b.currentWeight - a.currentWeight)
    .slice(0, options.limit)
    .map((item) => ({
      entryId: item.entry.id,
      polarity: item.entry.polarity,
      currentWeight: item.currentWeight,
      share: total > 0 ? item.currentWeight / total : 0,
    }));
};

/** A stored score state as the read side passes it in. */
export type CurrentScore = {
  subject: ScoreSubject;
  dimension: Dimension;
  state: TrustState;
  count: number;
};

/** An account's trust in one dimension: the current opinion from the stored states (decayed to
 * `at`, no replay), and its change over 30 and 90 days from the ledger. */
export const computeTrustFromStates = (options: {
  current: readonly CurrentScore[];
  /** The ledger replayed as of 30 and 90 days before `at` (shared by all dimensions). */
  before30Days: ReplayedScores;
  before90Days: ReplayedScores;
  settings: TrustSettings;
  at: number;
  dimension: Dimension;
  weightOf: SubjectWeight;
  filter?: (subject: ScoreSubject) => boolean;
}): DimensionTrust => {
  const { settings, dimension } = options;
  const filter = options.filter ?? (() => true);
  const parts = options.current
    .filter((score) => score.dimension === dimension && filter(score.subject))
    .map((score) => ({
      subject: score.subject,
      state: decayTrustState(score.state, options.at, halfLifeMs(settings, dimension)),
      count: score.count,
    }));
  const opinion = fuseStates(parts, options.weightOf, settings);
  const before30 = fuseReplayed(
    options.before30Days,
    settings,
    dimension,
    options.weightOf,
    filter,
  );
  const before90 = fuseReplayed(
    options.before90Days,
    settings,
    dimension,
    options.weightOf,
    filter,
  );
  return {
    ...opinion,
    isEnough: isOpinionEnough(opinion, settings.enoughExpected, settings.enoughMaxUncertainty),
    evidenceCount: parts.reduce((sum, part) => sum + part.count, 0),
    change30Days: opinion.expected - before30.opinion.expected,
    change90Days: opinion.expected - before90.opinion.expected,
  };
};
