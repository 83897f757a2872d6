import { describe, expect, it } from 'vitest';
import { computePearson, computeRmse, computeSignAccuracy } from './metrics.ts';

// toBeCloseTo never matches NaN, and "undefined" is an expected answer here.
const expectClose = (value: number, expected: number) =>
  Number.isNaN(expected) ? expect(value).toBeNaN() : expect(value).toBeCloseTo(expected, 12);

describe('computeRmse', () => {
  it.each([
    [[0.5, -0.5], [0.5, -0.5], 0],
    [[1, 1], [0, 0], 1],
    [[0, 0, 0, 0], [1, -1, 1, -1], 1],
    [[0.2, 0.4], [0, 0], Math.sqrt((0.04 + 0.16) / 2)],
    [[], [], Number.NaN],
  ])('scores %j against %j as %d', (predicted, actual, expected) => {
    expectClose(computeRmse(predicted, actual), expected);
  });
});

describe('computePearson', () => {
  it.each([
    [[1, 2, 3], [2, 4, 6], 1],
    [[1, 2, 3], [3, 2, 1], -1],
    [[1, 2, 3, 4], [1, 3, 2, 4], 0.8],
    [[0.1, 0.1, 0.1], [1, -1, 1], Number.NaN],
    [[0.1, 0.2], [0.5, 0.5], Number.NaN],
    [[0.3], [1], Number.NaN],
  ])('correlates %j with %j as %d', (predicted, actual, expected) => {
    expectClose(computePearson(predicted, actual), expected);
  });

  it('calls a constant prediction uncorrelated even when its mean rounds', () => {
    const predicted = Array.from({ length: 7 }, () => 0.1);
    expect(computePearson(predicted, [1, -1, 1, 1, -1, 0.5, 0.2])).toBeNaN();
  });
});

describe('computeSignAccuracy', () => {
  it.each([
    [[0.5, -0.5], [1, -1], 1],
    [[0.5, 0.5], [1, -1], 0.5],
    [[0, -0.1], [0.3, 0.2], 0.5],
    [[-1, -1, -1, 1], [-0.1, 0.1, -0.5, 0.9], 0.75],
  ])('scores %j against %j as %d', (predicted, actual, expected) => {
    expect(computeSignAccuracy(predicted, actual)).toBe(expected);
  });
});

it('refuses predictions and ratings of different lengths', () => {
  expect(() => computeRmse([1], [1, 2])).toThrow(RangeError);
});
