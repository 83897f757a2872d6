import { describe, expect, it } from 'vitest';
import { emptyTrustState } from '../trust/state.ts';
import { dayMs } from '../trust/settings.ts';
import {
  applyRatingEvidence,
  createEnginePredictor,
  defaultSignedNetworkSettings,
} from './engine-predictor.ts';
import { computeSignedNetworkBacktest } from './run-backtest.ts';
import type { SignedRating } from './signed-network.ts';
import { computeSyntheticSignedNetwork } from './synthetic-network.ts';

const edge = (source: string, target: string, rating: number, day = 0): SignedRating => ({
  source,
  target,
  rating,
  at: day * dayMs,
});

describe('applyRatingEvidence', () => {
  it.each([
    [1, 1, 0],
    [-1, 0, 1],
    [0, 0.5, 0.5],
    [0.2, 0.6, 0.4],
  ])('splits a rating of %d into r = %d and s = %d (Beta reputation)', (rating, r, s) => {
    const state = applyRatingEvidence(emptyTrustState(), { rating, weight: 1, at: 0 }, dayMs, 1);
    expect(state.r).toBeCloseTo(r, 12);
    expect(state.s).toBeCloseTo(s, 12);
  });

  it('weighs the negative part by the asymmetry', () => {
    const state = applyRatingEvidence(emptyTrustState(), { rating: 0, weight: 1, at: 0 }, dayMs, 3);
    expect(state.s).toBeCloseTo(1.5, 12);
  });
});

describe('createEnginePredictor', () => {
  it('predicts the base rate for an unknown target and follows the evidence after', () => {
    const engine = createEnginePredictor({ ...defaultSignedNetworkSettings, baseRate: 0.5 });
    expect(engine.predict(edge('a', 'v', 1))).toBeCloseTo(0, 12);
    for (const rater of ['a', 'b', 'c', 'd']) engine.learn(edge(rater, 'good', 0.8));
    for (const rater of ['a', 'b', 'c', 'd']) engine.learn(edge(rater, 'bad', -1));
    expect(engine.predict(edge('e', 'good', 0, 1))).toBeGreaterThan(0.3);
    expect(engine.predict(edge('e', 'bad', 0, 1))).toBeLessThan(-0.5);
  });

  it('forgets: old evidence moves a prediction less than fresh evidence', () => {
    const engine = createEnginePredictor();
    engine.learn(edge('a', 'v', -1, 0));
    const fresh = engine.predict(edge('b', 'v', 0, 1));
    const old = engine.predict(edge('b', 'v', 0, 720));
    expect(fresh).toBeLessThan(old);
  });

  it('adds a rater’s habitual offset from the consensus', () => {
    const engine = createEnginePredictor();
    for (let i = 0; i < 20; i += 1) {
      engine.learn(edge('fair', `t${i}`, 0.2, i));
      engine.learn(edge('generous', `t${i}`, 0.9, i));
    }
    const target = edge('x', 't0', 0, 21);
    expect(engine.predict({ ...target, source: 'generous' })).toBeGreaterThan(
      engine.predict({ ...target, source: 'fair' }) + 0.2,
    );
  });

  it('lowers the prediction when the target rated the rater badly before', () => {
    const withReverse = createEnginePredictor();
    const without = createEnginePredictor();
    withReverse.learn(edge('v', 'u', -1));
    without.learn(edge('v', 'w', -1));
    expect(withReverse.predict(edge('u', 'v', 0, 1))).toBeLessThan(
      without.predict(edge('u', 'v', 0, 1)),
    );
  });

  it('never uses future data: later ratings do not change earlier predictions', () => {
    const ratings = computeSyntheticSignedNetwork({ seed: 7, nodes: 60, ratings: 600 });
    const predictAll = (rows: readonly SignedRating[]) => {
      const engine = createEnginePredictor();
      return rows.map((row) => {
        const predicted = engine.predict(row);
        engine.learn(row);
        return predicted;
      });
    };
    const changedTail = ratings.map((row, i) => (i >= 400 ? { ...row, rating: -row.rating } : row));
    expect(predictAll(changedTail).slice(0, 401)).toEqual(predictAll(ratings).slice(0, 401));
  });
});

describe('computeSignedNetworkBacktest on synthetic networks', () => {
  it.each([1, 2, 3, 4, 5])(
    'with default settings beats the global and target means (seed %d)',
    (seed) => {
      const ratings = computeSyntheticSignedNetwork({
        seed,
        nodes: 400,
        ratings: 6000,
        turnBadShare: 0.2,
      });
      const [engine, fairnessGoodness, globalMean, targetMean] =
        computeSignedNetworkBacktest(ratings).methods;
      expect(engine!.rmse).toBeLessThan(globalMean!.rmse);
      expect(engine!.rmse).toBeLessThan(targetMean!.rmse);
      expect(engine!.pearson).toBeGreaterThan(targetMean!.pearson);
      // Fairness–Goodness is a strong reference on these stationary-ish networks: stay close.
      expect(engine!.rmse).toBeLessThan(fairnessGoodness!.rmse + 0.02);
    },
  );

  it('splits 80/20 in time order and scores four methods with one prediction per test row', () => {
    const ratings = computeSyntheticSignedNetwork({ seed: 3, nodes: 50, ratings: 500 });
    const result = computeSignedNetworkBacktest([...ratings].reverse());
    expect(result).toMatchObject({ rows: 500, trainRows: 400, testRows: 100 });
    expect(result.methods.map((method) => method.predictions.length)).toEqual([100, 100, 100, 100]);
  });
});
