import type { WebhookDeliveryStatus } from '@fulcrum/core';
import type { WebhookAttempt, WebhookDelivery } from './api.ts';

/** Human words for a delivery's status. */
export const deliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  pending: 'Waiting to retry',
  delivering: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** The badge tone of a delivery's status. */
export const deliveryStatusTone = (
  status: WebhookDeliveryStatus,
): 'success' | 'warning' | 'danger' | 'info' =>
  status === 'delivered'
    ? 'success'
    : status === 'failed'
      ? 'danger'
      : status === 'pending'
        ? 'warning'
        : 'info';

/** What an attempt got back, in a few words: the HTTP status, or that nothing answered. */
export const describeAttempt = (attempt: Pick<WebhookAttempt, 'statusCode' | 'error'>): string =>
  attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : 'No response';

/** The status codes of every attempt, oldest first, e.g. "500, 500, 200". */
export const responseCodes = (delivery: Pick<WebhookDelivery, 'attemptLog'>): string =>
  delivery.attemptLog.length === 0
    ? '—'
    : delivery.attemptLog.map((attempt) => attempt.statusCode ?? 'none').join(', ');

/** What a test's outcome says to the person who pressed "Send test". */
export const describeTestOutcome = (
  delivery: Pick<WebhookDelivery, 'status' | 'lastStatusCode' | 'lastError' | 'attemptLog'>,
): string => {
  const took = delivery.attemptLog.at(-1)?.durationMs;
  const time = took === undefined ? '' : ` in ${took} ms`;
  if (delivery.status === 'delivered')
    return `Test delivered: the endpoint answered HTTP ${delivery.lastStatusCode}${time}.`;
  if (delivery.lastStatusCode !== null)
    return `Test failed: the endpoint answered HTTP ${delivery.lastStatusCode}${time}. Only a 2xx answer counts as delivered.`;
  return `Test failed: ${delivery.lastError ?? 'the endpoint did not answer.'}`;
};

/** Parses the threshold field: a number from 0.01 to 1, or an explanation of what to type. */
export const parseThreshold = (text: string): number | string => {
  const value = Number(text.trim().replace(',', '.'));
  if (text.trim() === '' || !Number.isFinite(value)) return 'Enter a number such as 0.1.';
  if (value < 0.01 || value > 1) return 'Use a number from 0.01 to 1.';
  return value;
};
