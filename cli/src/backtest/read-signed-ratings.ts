import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { SignedRating } from '@fulcrum/core';

/** Why a signed-network file could not be read, written for the person who gave it. */
export class SignedRatingsFileError extends Error {}

/** Reads a SNAP signed-network file (`SOURCE,TARGET,RATING,TIME`, no header, RATING in
 * −10…+10, TIME in epoch seconds) into ratings on the [−1, 1] scale with `at` in ms. */
export const readSignedRatings = async (path: string): Promise<SignedRating[]> => {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new SignedRatingsFileError(
      code === 'ENOENT'
        ? `cannot find ${path}; give the path of a SOURCE,TARGET,RATING,TIME CSV file.`
        : `cannot read ${path} (${code ?? 'unknown error'}); check the path and its permissions.`,
    );
  }
  let records: string[][];
  try {
    records = parse(text, { skip_empty_lines: true, trim: true, relax_column_count: true });
  } catch (error) {
    throw new SignedRatingsFileError(
      `${path} is not valid CSV (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (records.length === 0) throw new SignedRatingsFileError(`${path} has no ratings.`);
  return records.map((record, index) => {
    const [source, target, rating, time] = record;
    const value = Number(rating);
    const seconds = Number(time);
    if (
      record.length !== 4 ||
      !source ||
      !target ||
      rating === '' ||
      !(Math.abs(value) <= 10) ||
      time === '' ||
      !Number.isFinite(seconds)
    ) {
      throw new SignedRatingsFileError(
        `${path} line ${index + 1}: expected SOURCE,TARGET,RATING,TIME with RATING in -10..10 and TIME in epoch seconds, got "${record.join(',')}".`,
      );
    }
    return { source, target, rating: value / 10, at: seconds * 1000 };
  });
};
