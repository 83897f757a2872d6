import type { BuyingRole, Dimension } from '../model/index.ts';

/** Every parameter of the trust model (DESIGN.md § trust model); all are workspace settings. */
export type TrustSettings = {
  /** Evidence loses half its weight after this many days, per dimension. */
  halfLifeDays: Record<Dimension, number>;
  /** How many times one piece of negative evidence outweighs the same positive one (k). */
  asymmetry: number;
  /** Weight of the prior: how much evidence it takes to move far from the base rate (W). */
  priorWeight: number;
  /** The workspace's trust default: where a score rests without evidence (a). */
  baseRate: number;
  /** A score is "enough" when expected trust is at least this (θ)… */
  enoughExpected: number;
  /** …and uncertainty at most this (u_max). */
  enoughMaxUncertainty: number;
  /** Influence of each buying role when stakeholder opinions are fused into an account's. */
  roleWeights: Record<BuyingRole, number>;
};

/** The defaults DESIGN.md gives. */
export const defaultTrustSettings: TrustSettings = {
  halfLifeDays: { personal: 90, capability: 180, corporate: 365, reciprocal: 180 },
  asymmetry: 3,
  priorWeight: 2,
  baseRate: 0.5,
  enoughExpected: 0.7,
  enoughMaxUncertainty: 0.3,
  roleWeights: { decision_maker: 1, champion: 0.8, influencer: 0.6, gatekeeper: 0.5, user: 0.4 },
};

/** Milliseconds in a day. */
export const dayMs = 86_400_000;
