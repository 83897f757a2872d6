import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeSyntheticSignedNetwork } from '@fulcrum/core';
import { useCliFolder } from '../test/cli-harness.ts';

const { folder: dir, fulcrum } = useCliFolder('backtest');

/** Writes a generated network in SNAP's format: integer ratings, fractional epoch seconds. */
const writeSnapFile = (name: string, rows: number): string => {
  const path = join(dir, name);
  const lines = computeSyntheticSignedNetwork({ seed: 11, nodes: 60, ratings: rows }).map(
    (row, i) =>
      `${row.source.slice(1)},${row.target.slice(1)},${Math.round(row.rating * 10)},${row.at / 1000}.${String(i % 100).padStart(2, '0')}`,
  );
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};

describe('fulcrum backtest signed-network', () => {
  it('prints the four methods and writes the JSON report', async () => {
    const file = writeSnapFile('net.csv', 500);
    const json = join(dir, 'report.json');

    const result = await fulcrum('backtest', 'signed-network', file, '--json', json);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /500 ratings, trained on the earliest 400 \(80 %\), tested on the latest 100/,
    );
    for (const name of [
      'Fulcrum engine',
      'Fairness-Goodness \\(Kumar et al. 2016\\)',
      'Global mean',
      'Target mean',
    ])
      expect(result.stdout).toMatch(
        new RegExp(`^${name} +\\d\\.\\d{4} +(-?\\d\\.\\d{4}|n/a) +\\d+\\.\\d %$`, 'm'),
      );
    expect(result.stderr).toMatch(/Read 500 ratings/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report).toMatchObject({ file, rows: 500, trainRows: 400, testRows: 100 });
    expect(report.settings.engine.halfLifeDays).toBe(180);
    expect(report.methods.map((method: { name: string }) => method.name)).toEqual([
      'Fulcrum engine',
      'Fairness-Goodness (Kumar et al. 2016)',
      'Global mean',
      'Target mean',
    ]);
    for (const method of report.methods) {
      expect(method.predictions).toBe(100);
      expect(method.rmse).toBeGreaterThan(0);
      expect(method.signAccuracy).toBeGreaterThan(0);
    }
    // A constant prediction has no correlation: null in JSON, not a made-up 0.
    expect(report.methods[2].pearson).toBeNull();
  });

  it('fits settings on the training part and reports the fitted engine', async () => {
    const file = writeSnapFile('fit.csv', 400);
    const json = join(dir, 'fit.json');

    const result = await fulcrum('backtest', 'signed-network', file, '--fit', '--json', json);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Fulcrum engine \(fitted\) +\d\.\d{4}/m);
    expect(result.stdout).toMatch(/Fitted settings \(validation RMSE \d\.\d{4}\): halfLifeDays=/);
    expect(result.stderr).toMatch(/Fitting settings on the training part/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.settings.fitted).toMatchObject({ halfLifeDays: expect.any(Number) });
    expect(report.methods).toHaveLength(5);
  });

  it.each([
    [['missing.csv'], /cannot find .*missing\.csv; give the path/],
    [['bad.csv'], /bad\.csv line 2: expected SOURCE,TARGET,RATING,TIME/],
    [['net.csv', '--train-share', '2'], /use a number between 0 and 1/],
    [[], /missing required argument 'file'/],
  ])('says what to fix and exits 2 for %j', async (args, message) => {
    writeFileSync(join(dir, 'bad.csv'), '1,2,3,1300000000\n1,2,eleven,1300000001\n');
    writeSnapFile('net.csv', 50);
    const result = await fulcrum(
      'backtest',
      'signed-network',
      ...args.map((arg) => (arg.endsWith('.csv') ? join(dir, arg) : arg)),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
