import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** The version prefix of each signature in the signature header. */
export const webhookSignatureVersion = 'v1';
/** Receivers should refuse requests whose timestamp is further from their clock than this. */
export const webhookToleranceSeconds = 300;

/** Header names of a webhook request. */
export const webhookHeaders = {
  eventId: 'fulcrum-event-id',
  eventType: 'fulcrum-event-type',
  deliveryId: 'fulcrum-delivery-id',
  timestamp: 'fulcrum-timestamp',
  signature: 'fulcrum-signature',
} as const;

/** A new signing secret: 256 random bits, URL-safe, with a prefix that says what it is. */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** Hides a secret but its last four characters. */
export const maskWebhookSecret = (hint: string): string => `whsec_${'•'.repeat(8)}${hint}`;

/** One signature: `v1=` and the hex HMAC-SHA256, keyed with the secret as given, over
 * `${timestamp}.${rawBody}` (timestamp in Unix seconds). */
export const signWebhookBody = (secret: string, timestampSeconds: number, body: string): string =>
  `${webhookSignatureVersion}=${createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex')}`;

/** The signature header: one signature per live secret, comma-separated (two for a while after
 * a rotation, so a receiver holding either secret can verify). */
export const buildSignatureHeader = (
  secrets: readonly string[],
  timestampSeconds: number,
  body: string,
): string => secrets.map((secret) => signWebhookBody(secret, timestampSeconds, body)).join(',');

/** Why a request's signature did not verify, or null when it did. */
export type SignatureProblem = 'malformed' | 'stale' | 'mismatch';

/**
 * Verifies a webhook request the way a receiver should: the timestamp within the tolerance of
 * `now`, and one of the `v1=` signatures equal (in constant time) to the HMAC of
 * `${timestamp}.${rawBody}` with the secret. The README shows the same steps for receivers.
 */
export const verifyWebhookSignature = (options: {
  secret: string;
  rawBody: string;
  timestampHeader: string | undefined;
  signatureHeader: string | undefined;
  now: Date;
  toleranceSeconds?: number;
}): SignatureProblem | null => {
  const timestamp = Number(options.timestampHeader);
  if (!Number.isInteger(timestamp) || options.signatureHeader === undefined) return 'malformed';
  const tolerance = options.toleranceSeconds ?? webhookToleranceSeconds;
  if (Math.abs(options.now.getTime() / 1000 - timestamp) > tolerance) return 'stale';
  const expected = Buffer.from(signWebhookBody(options.secret, timestamp, options.rawBody));
  const matches = options.signatureHeader
    .split(',')
    .map((part) => Buffer.from(part.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
  return matches ? null : 'mismatch';
};
