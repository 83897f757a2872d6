/** Attempts a delivery gets before it is given up: the first and seven retries. */
export const webhookMaxAttempts = 8;
/** The first retry waits this long; each later one twice as long as the one before. */
export const webhookBaseDelayMs = 60_000;

/** How long to wait before the retry that follows attempt number `attemptsMade` (1 for the first
 * attempt): base, 2·base, 4·base… Exponential backoff, so a receiver that is down is not flooded. */
export const computeRetryDelayMs = (attemptsMade: number, baseDelayMs = webhookBaseDelayMs) =>
  baseDelayMs * 2 ** Math.max(0, attemptsMade - 1);

/** What happens after an attempt: delivered, another try at a time, or given up. */
export type WebhookAttemptPlan =
  { status: 'delivered' } | { status: 'pending'; nextAttemptAt: Date } | { status: 'failed' };

/** Decides what follows an attempt made at `attemptedAt`: a 2xx answer delivers it; anything else
 * is retried with backoff until `maxAttempts` attempts have been made, then it has failed. */
export const planAfterAttempt = (options: {
  isSuccess: boolean;
  attemptsMade: number;
  maxAttempts: number;
  attemptedAt: Date;
  baseDelayMs?: number;
}): WebhookAttemptPlan => {
  if (options.isSuccess) return { status: 'delivered' };
  if (options.attemptsMade >= options.maxAttempts) return { status: 'failed' };
  return {
    status: 'pending',
    nextAttemptAt: new Date(
      options.attemptedAt.getTime() +
        computeRetryDelayMs(options.attemptsMade, options.baseDelayMs),
    ),
  };
};

/** Whether an HTTP status means the receiver took the event: any 2xx. */
export const isWebhookSuccess = (statusCode: number | null) =>
  statusCode !== null && statusCode >= 200 && statusCode < 300;
