import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLedgerEntry,
  computeDimensionTrust,
  nilId,
  replayLedger,
  type LedgerEntry,
} from './ledger.ts';
import { computeOpinion } from './opinion.ts';
import { dayMs, defaultTrustSettings as settings } from './settings.ts';
import {
  applyEvidence,
  decayTrustState,
  emptyTrustState,
  replayTrustState,
  type EvidencePoint,
} from './state.ts';

const halfLife = 90 * dayMs;
const evidence = fc.record({
  polarity: fc.constantFrom<1 | -1>(1, -1),
  weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
  at: fc.integer({ min: 0, max: 3 * 365 }).map((days) => days * dayMs),
});

const sortByTime = (points: EvidencePoint[]) => [...points].sort((a, b) => a.at - b.at);

describe('trust state', () => {
  it('gives the same state incrementally as a full replay, in any arrival order', () => {
    fc.assert(
      fc.property(fc.array(evidence, { minLength: 1, maxLength: 60 }), (points) => {
        const sorted = sortByTime(points);
        const end = sorted.at(-1)!.at;
        let incremental = emptyTrustState(sorted[0]!.at);
        for (const point of points) incremental = applyEvidence(incremental, point, halfLife, 3);
        incremental = decayTrustState(incremental, end, halfLife);
        const replayed = replayTrustState(sorted, halfLife, 3, end);
        expect(Math.abs(incremental.r - replayed.r)).toBeLessThan(1e-9);
        expect(Math.abs(incremental.s - replayed.s)).toBeLessThan(1e-9);
      }),
    );
  });

  it('moves a score further for negative evidence than for the same positive evidence', () => {
    fc.assert(
      fc.property(
        fc.array(evidence, { maxLength: 30 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        (history, weight) => {
          const at = 4 * 365 * dayMs;
          const base = replayTrustState(sortByTime(history), halfLife, settings.asymmetry, at);
          const before = computeOpinion(base, settings.priorWeight, settings.baseRate).expected;
          const up = computeOpinion(
            applyEvidence(base, { polarity: 1, weight, at }, halfLife, settings.asymmetry),
            2,
            0.5,
          ).expected;
          const down = computeOpinion(
            applyEvidence(base, { polarity: -1, weight, at }, halfLife, settings.asymmetry),
            2,
            0.5,
          ).expected;
          expect(before - down).toBeGreaterThan(up - before);
        },
      ),
    );
  });

  it('decays towards the base rate and grows uncertain without new evidence', () => {
    fc.assert(
      fc.property(
        fc.array(evidence, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 2000 }),
        (points, laterDays) => {
          const end = 3 * 365 * dayMs;
          const now = replayTrustState(sortByTime(points), halfLife, 3, end);
          const later = decayTrustState(now, end + laterDays * dayMs, halfLife);
          const a = computeOpinion(now, 2, 0.5);
          const b = computeOpinion(later, 2, 0.5);
          expect(b.uncertainty).toBeGreaterThanOrEqual(a.uncertainty);
          expect(Math.abs(b.expected - 0.5)).toBeLessThanOrEqual(
            Math.abs(a.expected - 0.5) + 1e-12,
          );
        },
      ),
    );
  });

  it('rests at the base rate with full uncertainty when there is no evidence', () => {
    expect(computeOpinion(emptyTrustState(), 2, 0.6)).toEqual({
      belief: 0,
      disbelief: 0,
      uncertainty: 1,
      baseRate: 0.6,
      expected: 0.6,
    });
  });

  it.each([
    [{ r: 2, s: 0 }, 0.5, 0, 0.5],
    [{ r: 0, s: 6 }, 0, 0.75, 0.25],
    [{ r: 1, s: 1 }, 0.25, 0.25, 0.5],
  ])(
    'maps evidence %o to belief %d, disbelief %d, uncertainty %d',
    (state, belief, disbelief, uncertainty) => {
      const opinion = computeOpinion(state, 2, 0.5);
      expect(opinion.belief).toBeCloseTo(belief);
      expect(opinion.disbelief).toBeCloseTo(disbelief);
      expect(opinion.uncertainty).toBeCloseTo(uncertainty);
      expect(opinion.expected).toBeCloseTo(belief + 0.5 * uncertainty);
    },
  );
});

const entry = (overrides: Partial<LedgerEntry>): LedgerEntry => ({
  id: Math.random().toString(36).slice(2),
  subjectType: 'stakeholder',
  subjectId: 's1',
  aboutId: nilId,
  dimension: 'personal',
  polarity: 1,
  weight: 1,
  at: 0,
  reversesId: null,
  ...overrides,
});

describe('ledger', () => {
  it('moves corporate trust more slowly than personal under the default settings', () => {
    const start = Date.UTC(2026, 0, 1);
    const entries = [0, 10, 20, 30].flatMap((days) => [
      entry({ dimension: 'personal', at: start + days * dayMs }),
      entry({ dimension: 'corporate', at: start + days * dayMs }),
    ]);
    const at = start + 400 * dayMs;
    const personal = computeDimensionTrust({
      entries,
      settings,
      at,
      dimension: 'personal',
      weightOf: () => 1,
    });
    const corporate = computeDimensionTrust({
      entries,
      settings,
      at,
      dimension: 'corporate',
      weightOf: () => 1,
    });
    // After a year without news, corporate trust keeps more of what it earned.
    expect(corporate.expected).toBeGreaterThan(personal.expected);
    expect(corporate.uncertainty).toBeLessThan(personal.uncertainty);
  });

  it('cancels a row exactly with its reversal', () => {
    const original = entry({ polarity: -1, weight: 0.7, at: 5 * dayMs });
    const entries = [
      entry({ at: 0 }),
      original,
      entry({ id: 'rev', polarity: -1, weight: 0.7, at: 5 * dayMs, reversesId: original.id }),
    ];
    const withReversal = replayLedger(entries, settings, 50 * dayMs);
    const without = replayLedger([entries[0]!], settings, 50 * dayMs);
    const [a] = [...withReversal.values()];
    const [b] = [...without.values()];
    expect(Math.abs(a!.state.r - b!.state.r)).toBeLessThan(1e-12);
    expect(Math.abs(a!.state.s - b!.state.s)).toBeLessThan(1e-12);
    expect(a!.count).toBe(1);
  });

  it('reports the change over 30 and 90 days', () => {
    const now = Date.UTC(2026, 5, 1);
    const entries = [entry({ polarity: -1, at: now - 10 * dayMs })];
    const trust = computeDimensionTrust({
      entries,
      settings,
      at: now,
      dimension: 'personal',
      weightOf: () => 1,
    });
    expect(trust.change30Days).toBeLessThan(0);
    expect(trust.change90Days).toBeCloseTo(trust.change30Days);
  });
});

describe('replayLedger', () => {
  const ledgerEntry = fc.record({
    subjectId: fc.constantFrom('a', 'b', 'c'),
    aboutId: fc.constantFrom(nilId, 't1'),
    dimension: fc.constantFrom<LedgerEntry['dimension']>(
      'personal',
      'corporate',
      'capability',
      'reciprocal',
    ),
    polarity: fc.constantFrom<1 | -1>(1, -1),
    weight: fc.double({ min: 0.01, max: 1, noNaN: true }),
    at: fc.integer({ min: 0, max: 1000 }).map((days) => days * dayMs),
  });

  it('equals folding applyLedgerEntry score by score, to 1e-9, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(ledgerEntry, { minLength: 1, maxLength: 80 }), (raw) => {
        const entries: LedgerEntry[] = raw.map((e, i) => ({
          ...e,
          id: String(i),
          subjectType: 'stakeholder',
          reversesId: null,
        }));
        const at = 1200 * dayMs;
        const replayed = replayLedger(entries, settings, at);
        const folded = new Map<string, ReturnType<typeof emptyTrustState>>();
        for (const e of entries) {
          const key = `${e.subjectId}:${e.aboutId}:${e.dimension}`;
          folded.set(key, applyLedgerEntry(folded.get(key) ?? emptyTrustState(e.at), e, settings));
        }
        expect(replayed.size).toBe(folded.size);
        for (const score of replayed.values()) {
          const key = `${score.subject.subjectId}:${score.subject.aboutId}:${score.dimension}`;
          const expected = decayTrustState(
            folded.get(key)!,
            at,
            settings.halfLifeDays[score.dimension] * dayMs,
          );
          expect(Math.abs(score.state.r - expected.r)).toBeLessThan(1e-9);
          expect(Math.abs(score.state.s - expected.s)).toBeLessThan(1e-9);
        }
      }),
    );
  });
});
