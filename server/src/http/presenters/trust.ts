import type { Opinion } from '@fulcrum/core';

/** Rounds a trust figure to six decimals, as every trust response does. */
export const roundTrust = (value: number): number => Math.round(value * 1e6) / 1e6;

/** The JSON of an opinion. */
export const presentOpinion = (opinion: Opinion) => ({
  expected: roundTrust(opinion.expected),
  belief: roundTrust(opinion.belief),
  disbelief: roundTrust(opinion.disbelief),
  uncertainty: roundTrust(opinion.uncertainty),
  baseRate: opinion.baseRate,
});
