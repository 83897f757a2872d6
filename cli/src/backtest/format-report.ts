import { basename } from 'node:path';
import type { SignedNetworkBacktest, SignedNetworkSettings } from '@fulcrum/core';

const formatNumber = (value: number, digits: number): string =>
  Number.isNaN(value) ? 'n/a' : value.toFixed(digits);

/** Formats settings as `key=value` pairs on one line. */
export const formatSettings = (settings: SignedNetworkSettings): string =>
  Object.entries(settings)
    .map(([key, value]) => `${key}=${String(value)}`)
    .join(' ');

/** The backtest as a plain-text table for the terminal. */
export const formatBacktestTable = (
  file: string,
  result: SignedNetworkBacktest,
  trainShare: number,
): string => {
  const nameWidth = Math.max(6, ...result.methods.map((method) => method.name.length));
  const lines = [
    `Signed-network backtest of ${basename(file)}: ${result.rows} ratings, trained on the earliest ${result.trainRows} (${Math.round(trainShare * 100)} %), tested on the latest ${result.testRows}`,
    '',
    `${'Method'.padEnd(nameWidth)}  ${'RMSE'.padStart(7)}  ${'Pearson'.padStart(7)}  ${'Sign acc.'.padStart(9)}`,
    ...result.methods.map(
      (method) =>
        `${method.name.padEnd(nameWidth)}  ${formatNumber(method.rmse, 4).padStart(7)}  ${formatNumber(method.pearson, 4).padStart(7)}  ${`${formatNumber(method.signAccuracy * 100, 1)} %`.padStart(9)}`,
    ),
  ];
  return lines.join('\n');
};
