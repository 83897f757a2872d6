import { performance } from 'node:perf_hooks';
import { buildSignatureHeader, webhookHeaders } from './signature.ts';

/** How long a receiver has to answer before the attempt counts as failed. */
export const webhookTimeoutMs = 10_000;
/** How much of a response body the delivery log keeps. */
const responseExcerptMaxChars = 500;

/** One request to make: where, what, and with which secrets to sign it. */
export type WebhookRequest = {
  url: string;
  body: string;
  eventId: string;
  eventType: string;
  deliveryId: string;
  secrets: readonly string[];
};

/** What one attempt found: the HTTP status, or the network error, and how long it took. */
export type WebhookResponse = {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  responseExcerpt: string | null;
  /** True when the sender stopped (shut down) before an answer: not an attempt at all. */
  isAborted: boolean;
};

const networkReasons: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be resolved',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection closed unexpectedly',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  ERR_TLS_CERT_ALTNAME_INVALID: 'its TLS certificate does not match the host',
};

const describeError = (error: unknown, timeoutMs: number): string => {
  if (error instanceof Error && error.name === 'TimeoutError')
    return `No answer within ${timeoutMs / 1000} s.`;
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : null;
  if (code !== null)
    return `Could not reach the endpoint: ${networkReasons[code] ?? 'the request failed'} (${code}).`;
  return `Could not reach the endpoint: ${error instanceof Error ? error.message : String(error)}.`;
};

// Only the start of a body is kept, so a receiver answering with megabytes costs nothing.
const readExcerpt = async (response: Response): Promise<string | null> => {
  if (response.body === null) return null;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < responseExcerptMaxChars * 4) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const text = Buffer.concat(chunks)
    .toString('utf8')
    // Control characters would only garble the log.
    .replace(/\p{Cc}/gu, (char) => (char === '\n' || char === '\r' || char === '\t' ? char : ''))
    .slice(0, responseExcerptMaxChars)
    .trim();
  return text === '' ? null : text;
};

/** Sends one signed webhook request with a timeout and reports what happened; never throws. A
 * redirect is not followed: the endpoint's address should be the final one. */
export const sendWebhookRequest = async (
  request: WebhookRequest,
  options: { now: Date; timeoutMs?: number; signal?: AbortSignal },
): Promise<WebhookResponse> => {
  const timeoutMs = options.timeoutMs ?? webhookTimeoutMs;
  const timestamp = Math.floor(options.now.getTime() / 1000);
  const signal =
    options.signal === undefined
      ? AbortSignal.timeout(timeoutMs)
      : AbortSignal.any([AbortSignal.timeout(timeoutMs), options.signal]);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      signal,
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Fulcrum-Webhooks/1',
        [webhookHeaders.eventId]: request.eventId,
        [webhookHeaders.eventType]: request.eventType,
        [webhookHeaders.deliveryId]: request.deliveryId,
        [webhookHeaders.timestamp]: String(timestamp),
        [webhookHeaders.signature]: buildSignatureHeader(request.secrets, timestamp, request.body),
      },
      body: request.body,
    });
    const responseExcerpt = await readExcerpt(response).catch(() => null);
    const isRedirect = response.status >= 300 && response.status < 400;
    return {
      statusCode: response.status,
      error: isRedirect
        ? `The endpoint redirected${response.headers.get('location') ? ` to ${response.headers.get('location')}` : ''}; redirects are not followed, so give the final address.`
        : null,
      durationMs: elapsed(),
      responseExcerpt,
      isAborted: false,
    };
  } catch (error) {
    return {
      statusCode: null,
      error: describeError(error, timeoutMs),
      durationMs: elapsed(),
      responseExcerpt: null,
      isAborted: options.signal?.aborted === true,
    };
  }
};
