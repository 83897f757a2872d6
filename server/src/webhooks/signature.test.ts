import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  buildSignatureHeader,
  generateWebhookSecret,
  maskWebhookSecret,
  signWebhookBody,
  verifyWebhookSignature,
} from './signature.ts';
import { checkWebhookUrl } from './webhook-url.ts';

const secret = 'whsec_test-secret';
const body = '{"id":"e1","type":"webhook.test"}';
const at = new Date('2026-05-01T10:00:00Z');
const timestamp = Math.floor(at.getTime() / 1000);

describe('webhook signatures', () => {
  it('signs `${timestamp}.${body}` with HMAC-SHA256 in hex behind a v1= prefix', () => {
    const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
    expect(signWebhookBody(secret, timestamp, body)).toBe(`v1=${expected}`);
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies a fresh, untouched request', () => {
    const header = buildSignatureHeader([secret], timestamp, body);
    expect(
      verifyWebhookSignature({
        secret,
        rawBody: body,
        timestampHeader: String(timestamp),
        signatureHeader: header,
        now: new Date(at.getTime() + 60_000),
      }),
    ).toBeNull();
  });

  it.each([
    ['a changed body', { rawBody: body.replace('e1', 'e2') }, 'mismatch'],
    ['another secret', { secret: 'whsec_other' }, 'mismatch'],
    ['a shifted timestamp', { timestampHeader: String(timestamp + 1) }, 'mismatch'],
    ['a timestamp 6 minutes old', { now: new Date(at.getTime() + 6 * 60_000) }, 'stale'],
    ['no timestamp', { timestampHeader: undefined }, 'malformed'],
    ['no signature', { signatureHeader: undefined }, 'malformed'],
  ] as const)('refuses %s', (_label, change, problem) => {
    expect(
      verifyWebhookSignature({
        secret,
        rawBody: body,
        timestampHeader: String(timestamp),
        signatureHeader: buildSignatureHeader([secret], timestamp, body),
        now: at,
        ...change,
      }),
    ).toBe(problem);
  });

  it('carries one signature per live secret after a rotation; either verifies', () => {
    const header = buildSignatureHeader(['whsec_new', 'whsec_old'], timestamp, body);
    expect(header.split(',')).toHaveLength(2);
    for (const key of ['whsec_new', 'whsec_old']) {
      expect(
        verifyWebhookSignature({
          secret: key,
          rawBody: body,
          timestampHeader: String(timestamp),
          signatureHeader: header,
          now: at,
        }),
      ).toBeNull();
    }
  });

  it('makes 256-bit secrets and masks all but the last four characters', () => {
    const made = generateWebhookSecret();
    expect(made).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(made);
    expect(maskWebhookSecret(made.slice(-4))).toBe(`whsec_••••••••${made.slice(-4)}`);
  });
});

describe('webhook addresses', () => {
  it.each([
    ['https://hooks.example.com/fulcrum', null],
    ['http://127.0.0.1:8080/in', null],
    ['ftp://example.com/x', 'must start with https:// or http://, not ftp://'],
    ['https://user:pass@example.com/x', expect.stringMatching(/user name or password/)],
    ['https://example.com/x#part', expect.stringMatching(/fragment/)],
    ['example.com/hook', expect.stringMatching(/absolute address/)],
    [`https://example.com/${'a'.repeat(2000)}`, 'must be at most 2000 characters'],
  ])('checks %s', (url, problem) => {
    expect(checkWebhookUrl(url)).toEqual(problem);
  });
});
