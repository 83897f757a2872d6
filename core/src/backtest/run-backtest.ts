import { createGlobalMeanPredictor, createTargetMeanPredictor } from './baselines.ts';
import {
  createEnginePredictor,
  defaultSignedNetworkSettings,
  type SignedNetworkSettings,
} from './engine-predictor.ts';
import { createFairnessGoodnessPredictor } from './fairness-goodness.ts';
import { computePredictionMetrics, type PredictionMetrics } from './metrics.ts';
import {
  computeChronologicalSplit,
  type OnlinePredictor,
  type SignedRating,
} from './signed-network.ts';

/** One method's score on the test part, with its predictions in test order. */
export type MethodResult = PredictionMetrics & { name: string; predictions: number[] };

/** Predicts each test rating from the state just before it, then lets the predictor learn it. */
export const computeOnlinePredictions = (
  predictor: OnlinePredictor,
  test: readonly SignedRating[],
): number[] =>
  test.map((edge) => {
    const predicted = predictor.predict(edge);
    predictor.learn(edge);
    return predicted;
  });

/** Trains the engine on `train` (in time order) and predicts `test` online. */
export const computeEnginePredictions = (
  train: readonly SignedRating[],
  test: readonly SignedRating[],
  settings: SignedNetworkSettings,
): number[] => {
  const engine = createEnginePredictor(settings);
  for (const edge of train) engine.learn(edge);
  return computeOnlinePredictions(engine, test);
};

/** Options for {@link computeSignedNetworkBacktest}. */
export type SignedNetworkBacktestOptions = {
  /** Share of the earliest rows to train on. */
  trainShare?: number;
  /** The engine's settings (defaults: {@link defaultSignedNetworkSettings}). */
  settings?: SignedNetworkSettings;
  /** Fitted settings to score as an extra "engine (fitted)" method. */
  fittedSettings?: SignedNetworkSettings | null;
};

/** The whole comparison: engine, Fairness–Goodness and two baselines on one split. */
export type SignedNetworkBacktest = {
  rows: number;
  trainRows: number;
  testRows: number;
  methods: MethodResult[];
};

/** Method names as the report prints them. */
export const backtestMethodNames = {
  engine: 'Fulcrum engine',
  fitted: 'Fulcrum engine (fitted)',
  fairnessGoodness: 'Fairness-Goodness (Kumar et al. 2016)',
  globalMean: 'Global mean',
  targetMean: 'Target mean',
} as const;

/** Replays ratings in time order, trains on the earliest share and scores every method on the
 * rest (ratings on the [−1, 1] scale). */
export const computeSignedNetworkBacktest = (
  ratings: readonly SignedRating[],
  {
    trainShare = 0.8,
    settings = defaultSignedNetworkSettings,
    fittedSettings = null,
  }: SignedNetworkBacktestOptions = {},
): SignedNetworkBacktest => {
  const { train, test } = computeChronologicalSplit(ratings, trainShare);
  const actual = test.map((edge) => edge.rating);
  const score = (name: string, predictions: number[]): MethodResult => ({
    name,
    ...computePredictionMetrics(predictions, actual),
    predictions,
  });
  const methods = [
    score(backtestMethodNames.engine, computeEnginePredictions(train, test, settings)),
  ];
  if (fittedSettings)
    methods.push(
      score(backtestMethodNames.fitted, computeEnginePredictions(train, test, fittedSettings)),
    );
  methods.push(
    score(
      backtestMethodNames.fairnessGoodness,
      computeOnlinePredictions(createFairnessGoodnessPredictor(train), test),
    ),
    score(
      backtestMethodNames.globalMean,
      computeOnlinePredictions(createGlobalMeanPredictor(train), test),
    ),
    score(
      backtestMethodNames.targetMean,
      computeOnlinePredictions(createTargetMeanPredictor(train), test),
    ),
  );
  return { rows: ratings.length, trainRows: train.length, testRows: test.length, methods };
};
