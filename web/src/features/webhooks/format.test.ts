import { describe, expect, it } from 'vitest';
import { describeTestOutcome, parseThreshold, responseCodes } from './format.ts';

const attempt = (statusCode: number | null, durationMs = 12) => ({
  attempt: 1,
  attemptedAt: '2026-05-01T10:00:00Z',
  statusCode,
  error: statusCode === null ? 'Could not reach the endpoint.' : null,
  durationMs,
  responseExcerpt: null,
});

describe('webhook formatting', () => {
  it('lists every attempt’s code, oldest first', () => {
    expect(responseCodes({ attemptLog: [attempt(500), attempt(null), attempt(200)] })).toBe(
      '500, none, 200',
    );
    expect(responseCodes({ attemptLog: [] })).toBe('—');
  });

  it.each([
    [
      { status: 'delivered', lastStatusCode: 204, lastError: null, attemptLog: [attempt(204, 31)] },
      'Test delivered: the endpoint answered HTTP 204 in 31 ms.',
    ],
    [
      { status: 'failed', lastStatusCode: 500, lastError: 'x', attemptLog: [attempt(500, 8)] },
      'Test failed: the endpoint answered HTTP 500 in 8 ms. Only a 2xx answer counts as delivered.',
    ],
    [
      {
        status: 'failed',
        lastStatusCode: null,
        lastError: 'No answer within 10 s.',
        attemptLog: [attempt(null)],
      },
      'Test failed: No answer within 10 s.',
    ],
  ] as const)('says what a test got back', (delivery, text) => {
    expect(describeTestOutcome({ ...delivery, attemptLog: [...delivery.attemptLog] })).toBe(text);
  });

  it.each([
    ['0.1', 0.1],
    [' 0,25 ', 0.25],
    ['1', 1],
    ['0', 'Use a number from 0.01 to 1.'],
    ['2', 'Use a number from 0.01 to 1.'],
    ['', 'Enter a number such as 0.1.'],
    ['ten', 'Enter a number such as 0.1.'],
  ])('reads the threshold %j', (text, expected) => {
    expect(parseThreshold(text)).toBe(expected);
  });
});
