import { deliverDueWebhooks, pruneDeliveryLog } from '../commands/index.ts';
import type { Db } from '../db/index.ts';

/** A running delivery job; `stop` waits for the run in flight, whose requests it aborts. */
export type WebhookDeliveryJob = { stop: () => Promise<void> };

/**
 * Sends due webhook deliveries now and then every `intervalMs` (default 5 s) until stopped, and
 * prunes the delivery log once an hour. Several servers may run it against one database: each
 * delivery is claimed by one of them only.
 */
export const startWebhookDeliveryJob = (
  db: Db,
  options: {
    intervalMs?: number;
    baseDelayMs?: number;
    timeoutMs?: number;
    /** Only this workspace's deliveries (tests); default every workspace's. */
    workspaceId?: string;
    log?: (line: string) => void;
  } = {},
): WebhookDeliveryJob => {
  const stopping = new AbortController();
  let inFlight: Promise<void> | null = null;
  let lastPrunedAt = 0;
  const run = async () => {
    try {
      const result = await deliverDueWebhooks(db, {
        signal: stopping.signal,
        ...(options.baseDelayMs === undefined ? {} : { baseDelayMs: options.baseDelayMs }),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.workspaceId === undefined ? {} : { workspaceId: options.workspaceId }),
      });
      if (result.failed > 0)
        options.log?.(`webhooks: ${result.failed} delivery(ies) failed after their last attempt.`);
      const isPruning = options.workspaceId === undefined && !stopping.signal.aborted;
      if (isPruning && Date.now() - lastPrunedAt > 60 * 60 * 1000) {
        lastPrunedAt = Date.now();
        await pruneDeliveryLog(db, new Date());
      }
    } catch (error) {
      if (stopping.signal.aborted) return;
      options.log?.(
        `webhook delivery failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const tick = () => {
    // A slow run must not overlap the next one.
    if (inFlight !== null || stopping.signal.aborted) return;
    inFlight = run().finally(() => {
      inFlight = null;
    });
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  // The job must never keep the process alive on its own.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      stopping.abort();
      await inFlight;
    },
  };
};
