import { describe, expect, it } from 'vitest';
import { computeFairnessGoodness, createFairnessGoodnessPredictor } from './fairness-goodness.ts';
import type { SignedRating } from './signed-network.ts';

const edge = (source: string, target: string, rating: number, at = 0): SignedRating => ({
  source,
  target,
  rating,
  at,
});

// Two raters of one node, A → C at +1 and B → C at +0.5. By hand (Kumar et al. 2016, Alg. 1):
// iteration 1 from f = g = 1: g(C) = (1 + 0.5)/2 = 0.75, f(A) = 1 − 0.25/2 = f(B) = 0.875.
// Fixed point: f(A) = (1 + g)/2, f(B) = 1 − (g − 0.5)/2, g = (f(A) + 0.5·f(B))/2
// ⇒ g = 9/16 + g/8 ⇒ g(C) = 9/14, f(A) = 23/28, f(B) = 13/14.
const twoRaters = [edge('A', 'C', 1), edge('B', 'C', 0.5)];

describe('computeFairnessGoodness', () => {
  it('matches the first iteration by hand', () => {
    const result = computeFairnessGoodness(twoRaters, { maxIterations: 1 });
    expect(result.goodness.get('C')).toBeCloseTo(0.75, 12);
    expect(result.fairness.get('A')).toBeCloseTo(0.875, 12);
    expect(result.fairness.get('B')).toBeCloseTo(0.875, 12);
  });

  it('converges to the fixed point computed by hand', () => {
    const result = computeFairnessGoodness(twoRaters, { tolerance: 1e-12 });
    expect(result.goodness.get('C')).toBeCloseTo(9 / 14, 9);
    expect(result.fairness.get('A')).toBeCloseTo(23 / 28, 9);
    expect(result.fairness.get('B')).toBeCloseTo(13 / 14, 9);
    // Only raters have a fairness and only rated nodes a goodness.
    expect([...result.fairness.keys()].sort()).toEqual(['A', 'B']);
    expect([...result.goodness.keys()]).toEqual(['C']);
  });

  it('finds the rater who goes against the consensus less fair', () => {
    const result = computeFairnessGoodness([
      edge('A', 'X', 0.8),
      edge('B', 'X', 0.9),
      edge('U', 'X', -1),
      edge('A', 'Y', -0.7),
      edge('B', 'Y', -0.8),
      edge('U', 'Y', 1),
    ]);
    expect(result.fairness.get('U')!).toBeLessThan(result.fairness.get('A')!);
    expect(result.goodness.get('X')!).toBeGreaterThan(0);
    expect(result.goodness.get('Y')!).toBeLessThan(0);
  });
});

describe('createFairnessGoodnessPredictor', () => {
  it('predicts f(u)·g(v), with f = 1 for a new rater and the mean goodness for a new target', () => {
    const predictor = createFairnessGoodnessPredictor([...twoRaters, edge('A', 'D', -0.5)]);
    const { fairness, goodness } = predictor.model;
    expect(predictor.predict(edge('A', 'C', 0))).toBeCloseTo(
      fairness.get('A')! * goodness.get('C')!,
      12,
    );
    expect(predictor.predict(edge('new', 'C', 0))).toBeCloseTo(goodness.get('C')!, 12);
    expect(predictor.predict(edge('new', 'new-target', 0))).toBeCloseTo(
      (goodness.get('C')! + goodness.get('D')!) / 2,
      12,
    );
  });
});
