import type { SignedRating } from './signed-network.ts';

/** Options for {@link computeSyntheticSignedNetwork}. */
export type SyntheticNetworkOptions = {
  /** Seed of the deterministic generator: the same seed gives the same network. */
  seed?: number;
  nodes?: number;
  ratings?: number;
  /** Share of nodes that are bad actors (most ratings they receive are negative). */
  badShare?: number;
  /** Share of raters whose ratings ignore the target (random ±), the "unfair" raters. */
  unfairShare?: number;
  /** Share of good nodes that turn bad halfway through (trust lost in a moment), for drift. */
  turnBadShare?: number;
};

// mulberry32: a tiny seeded generator, so tests and demos are reproducible without Math.random.
const createSeededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A synthetic signed rating network shaped like SNAP's Bitcoin files: integer ratings −10…+10
 * (never 0) with mostly small positive ones, a few bad actors, raters with their own habits,
 * some unfair raters, newcomers joining over time, and each pair rated at most once. Ratings are
 * returned on the [−1, 1] scale in time order; `at` is in ms, whole seconds. For tests. */
export const computeSyntheticSignedNetwork = ({
  seed = 1,
  nodes = 200,
  ratings = 2000,
  badShare = 0.12,
  unfairShare = 0.15,
  turnBadShare = 0,
}: SyntheticNetworkOptions = {}): SignedRating[] => {
  const random = createSeededRandom(seed);
  const quality = Array.from({ length: nodes }, () =>
    random() < badShare ? -0.6 - 0.4 * random() : 0.1 + 0.4 * random(),
  );
  const habit = Array.from({ length: nodes }, () => (random() - 0.5) * 0.3);
  const isUnfair = Array.from({ length: nodes }, () => random() < unfairShare);
  const turnsBad = quality.map((q) => q > 0 && random() < turnBadShare);
  const seen = new Set<string>();
  const result: SignedRating[] = [];
  let at = Date.UTC(2012, 0, 1);
  for (let attempt = 0; result.length < ratings && attempt < ratings * 20; attempt += 1) {
    // Nodes join over time: a fifth exist at the start, the rest arrive as ratings accrue.
    const active = Math.min(nodes, Math.ceil(nodes * (0.2 + (0.8 * result.length) / ratings)));
    const source = Math.floor(random() * active);
    const target = Math.floor(random() * active);
    const key = `${source}>${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const value = isUnfair[source]!
      ? random() < 0.5
        ? -1
        : 1
      : (turnsBad[target]! && result.length > ratings / 2 ? -0.8 : quality[target]!) +
        habit[source]! +
        (random() - 0.5) * 0.4;
    const rating =
      Math.max(1, Math.min(10, Math.round(Math.abs(value) * 10))) * (value < 0 ? -1 : 1);
    at += Math.floor(random() * 6 * 3600) * 1000;
    result.push({ source: `n${source}`, target: `n${target}`, rating: rating / 10, at });
  }
  return result;
};
