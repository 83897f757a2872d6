import { writeFile } from 'node:fs/promises';
import { type Command, InvalidArgumentError, Option } from 'commander';
import {
  computeChronologicalSplit,
  computeFittedSettings,
  computeSignedNetworkBacktest,
  defaultSignedNetworkSettings,
  type SignedNetworkSettings,
} from '@fulcrum/core';
import { CliError } from '../cli-error.ts';
import { formatBacktestTable, formatSettings } from './format-report.ts';
import { readSignedRatings, SignedRatingsFileError } from './read-signed-ratings.ts';

const parseTrainShare = (value: string): number => {
  const share = Number(value);
  if (!(share > 0 && share < 1)) throw new InvalidArgumentError('use a number between 0 and 1.');
  return share;
};

type SignedNetworkOptions = { json?: string; fit?: boolean; trainShare: number };

/** Runs the signed-network backtest and prints (and optionally writes) its report. */
const runSignedNetworkBacktest = async (file: string, options: SignedNetworkOptions) => {
  const started = Date.now();
  const progress = (line: string) => console.error(line);
  let ratings;
  try {
    ratings = await readSignedRatings(file);
  } catch (error) {
    if (error instanceof SignedRatingsFileError) throw new CliError(error.message, 2);
    throw error;
  }
  progress(`Read ${ratings.length} ratings from ${file}.`);
  const { train } = computeChronologicalSplit(ratings, options.trainShare);
  if (train.length < 2 || ratings.length - train.length < 2)
    throw new CliError(
      `${file} has too few ratings (${ratings.length}) to split; give a file with at least 10.`,
      2,
    );
  let fitted: { settings: SignedNetworkSettings; validationRmse: number } | null = null;
  if (options.fit) {
    progress('Fitting settings on the training part (its latest 20 % held out for validation)…');
    fitted = computeFittedSettings(train, {
      onProgress: ({ evaluated, bestRmse, round }) => {
        if (evaluated % 10 === 0)
          progress(
            `  round ${round}: ${evaluated} candidates, best validation RMSE ${bestRmse.toFixed(4)}`,
          );
      },
    });
  }
  progress('Replaying and predicting the test part…');
  const result = computeSignedNetworkBacktest(ratings, {
    trainShare: options.trainShare,
    settings: defaultSignedNetworkSettings,
    fittedSettings: fitted?.settings ?? null,
  });
  console.log(formatBacktestTable(file, result, options.trainShare));
  console.log('');
  console.log(`Engine settings (defaults): ${formatSettings(defaultSignedNetworkSettings)}`);
  if (fitted)
    console.log(
      `Fitted settings (validation RMSE ${fitted.validationRmse.toFixed(4)}): ${formatSettings(fitted.settings)}`,
    );
  if (options.json) {
    const report = {
      file,
      rows: result.rows,
      trainRows: result.trainRows,
      testRows: result.testRows,
      settings: {
        trainShare: options.trainShare,
        engine: defaultSignedNetworkSettings,
        fitted: fitted?.settings ?? null,
      },
      // NaN is not JSON: an undefined correlation is written as null.
      methods: result.methods.map(({ name, rmse, pearson, signAccuracy, predictions }) => ({
        name,
        rmse,
        pearson: Number.isNaN(pearson) ? null : pearson,
        signAccuracy,
        predictions: predictions.length,
      })),
    };
    try {
      await writeFile(options.json, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      throw new CliError(
        `cannot write ${options.json} (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); give a writable --json path.`,
        2,
      );
    }
    progress(`Wrote the JSON report to ${options.json}.`);
  }
  progress(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
};

/** Adds `fulcrum backtest …` to the program. */
export const registerBacktestCommands = (program: Command): void => {
  const backtest = program
    .command('backtest')
    .description('Measure how well trust predicts what happens next');
  backtest
    .command('signed-network')
    .description(
      'Replay a SNAP signed trust-rating file (SOURCE,TARGET,RATING,TIME) in time order; compare the engine with Fairness-Goodness and two baselines on the latest ratings',
    )
    .argument('<file>', 'the CSV file: no header, RATING in -10..10, TIME in epoch seconds')
    .option('--json <path>', 'also write a JSON report with every prediction to this path')
    .option('--fit', "search the engine's settings on the training part and score them too")
    .addOption(
      new Option('--train-share <share>', 'share of the earliest ratings to train on')
        .default(0.8)
        .argParser(parseTrainShare),
    )
    .action(runSignedNetworkBacktest);
};
