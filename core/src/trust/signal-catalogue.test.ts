import { describe, expect, it } from 'vitest';
import { dimensions } from '../model/index.ts';
import { defaultSignalCatalogue } from './signal-catalogue.ts';

describe('defaultSignalCatalogue', () => {
  it.each(dimensions)(
    'has at least four signals of trust and four of its absence for %s',
    (dimension) => {
      const ofDimension = defaultSignalCatalogue.filter((signal) => signal.dimension === dimension);
      expect(ofDimension.filter((signal) => signal.polarity === 1).length).toBeGreaterThanOrEqual(
        4,
      );
      expect(ofDimension.filter((signal) => signal.polarity === -1).length).toBeGreaterThanOrEqual(
        4,
      );
    },
  );

  it('has unique names and weights in (0, 1]', () => {
    expect(new Set(defaultSignalCatalogue.map((s) => s.name)).size).toBe(
      defaultSignalCatalogue.length,
    );
    for (const signal of defaultSignalCatalogue) {
      expect(signal.defaultWeight).toBeGreaterThan(0);
      expect(signal.defaultWeight).toBeLessThanOrEqual(1);
    }
  });
});
