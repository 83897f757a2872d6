import type { OnlinePredictor, SignedRating } from './signed-network.ts';

/** Fairness of each rater and goodness of each rated node, as Fairness–Goodness computes them. */
export type FairnessGoodness = {
  /** f(u) ∈ [0, 1]: how far u's ratings agree with the goodness of the nodes u rates. */
  fairness: ReadonlyMap<string, number>;
  /** g(v) ∈ [−1, 1]: the fairness-weighted mean rating v received. */
  goodness: ReadonlyMap<string, number>;
  /** Iterations run until the total change fell below the tolerance (or the cap). */
  iterations: number;
};

/** Options for {@link computeFairnessGoodness}. */
export type FairnessGoodnessOptions = {
  /** Stop when Σ|Δf| + Σ|Δg| over all nodes falls below this. */
  tolerance?: number;
  /** Hard cap on iterations (the paper proves convergence; the cap guards bad input). */
  maxIterations?: number;
};

/** Fairness and goodness of every node from weighted signed edges (weights in [−1, 1]):
 * Kumar, Spezzano, Subrahmanian & Faloutsos, "Edge weight prediction in weighted signed
 * networks", IEEE ICDM 2016, Algorithm 1. Starting from f⁰ = g⁰ = 1, repeat
 *   g(v) = 1/|in(v)| · Σ_{u∈in(v)} f(u)·W(u,v)
 *   f(u) = 1 − 1/(2|out(u)|) · Σ_{v∈out(u)} |W(u,v) − g(v)|
 * until the values stop changing. The predicted weight of an edge u→v is f(u)·g(v). */
export const computeFairnessGoodness = (
  edges: readonly SignedRating[],
  { tolerance = 1e-6, maxIterations = 1000 }: FairnessGoodnessOptions = {},
): FairnessGoodness => {
  const index = new Map<string, number>();
  const names: string[] = [];
  const indexOf = (name: string): number => {
    let i = index.get(name);
    if (i === undefined) {
      i = names.length;
      index.set(name, i);
      names.push(name);
    }
    return i;
  };
  const sources = edges.map((edge) => indexOf(edge.source));
  const targets = edges.map((edge) => indexOf(edge.target));
  const n = names.length;
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let e = 0; e < edges.length; e += 1) {
    outDegree[sources[e]!]! += 1;
    inDegree[targets[e]!]! += 1;
  }
  let fairness = new Float64Array(n).fill(1);
  let goodness = new Float64Array(n).fill(1);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations += 1;
    const nextGoodness = new Float64Array(n);
    for (let e = 0; e < edges.length; e += 1)
      nextGoodness[targets[e]!]! += fairness[sources[e]!]! * edges[e]!.rating;
    for (let v = 0; v < n; v += 1) if (inDegree[v]! > 0) nextGoodness[v]! /= inDegree[v]!;
    const nextFairness = new Float64Array(n);
    for (let e = 0; e < edges.length; e += 1)
      nextFairness[sources[e]!]! += Math.abs(edges[e]!.rating - nextGoodness[targets[e]!]!);
    for (let u = 0; u < n; u += 1)
      nextFairness[u] = outDegree[u]! > 0 ? 1 - nextFairness[u]! / (2 * outDegree[u]!) : 1;
    let change = 0;
    for (let i = 0; i < n; i += 1)
      change +=
        Math.abs(nextFairness[i]! - fairness[i]!) + Math.abs(nextGoodness[i]! - goodness[i]!);
    fairness = nextFairness;
    goodness = nextGoodness;
    if (change < tolerance) break;
  }
  const fairnessByNode = new Map<string, number>();
  const goodnessByNode = new Map<string, number>();
  for (let i = 0; i < n; i += 1) {
    // Only nodes that rated have a fairness, only nodes that were rated have a goodness.
    if (outDegree[i]! > 0) fairnessByNode.set(names[i]!, fairness[i]!);
    if (inDegree[i]! > 0) goodnessByNode.set(names[i]!, goodness[i]!);
  }
  return { fairness: fairnessByNode, goodness: goodnessByNode, iterations };
};

/** A predictor that computes Fairness–Goodness once on the training edges and predicts
 * f(u)·g(v) without learning further (the paper's batch setting). A rater never seen gets
 * f = 1 (the paper's starting value: no evidence of unfairness); a target never rated gets the
 * mean goodness of the rated nodes, the best guess about a newcomer without any edge. */
export const createFairnessGoodnessPredictor = (
  train: readonly SignedRating[],
  options: FairnessGoodnessOptions = {},
): OnlinePredictor & { model: FairnessGoodness } => {
  const model = computeFairnessGoodness(train, options);
  let sum = 0;
  for (const value of model.goodness.values()) sum += value;
  const meanGoodness = model.goodness.size > 0 ? sum / model.goodness.size : 0;
  return {
    model,
    predict: (edge) =>
      (model.fairness.get(edge.source) ?? 1) * (model.goodness.get(edge.target) ?? meanGoodness),
    learn: () => {},
  };
};
