import { evaluateWorkspaceAlerts } from '../commands/index.ts';
import { type Db, runAsAuditActor } from '../db/index.ts';

/** Evaluates every account's alerts now and then every `intervalMs` (default hourly) until
 * stopped; accounts whose inputs have not changed since their last evaluation are skipped. */
export const startAlertsJob = (
  db: Db,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
) => {
  let isRunning = false;
  const run = async () => {
    // A slow run must not overlap the next one.
    if (isRunning) return;
    isRunning = true;
    try {
      const result = await runAsAuditActor({ kind: 'system', label: 'Alert evaluation' }, () =>
        evaluateWorkspaceAlerts(db, { now: new Date() }),
      );
      if (result.raised > 0 || result.resolved > 0)
        options.log?.(`alerts: ${result.raised} raised, ${result.resolved} resolved.`);
    } catch (error) {
      options.log?.(
        `alert evaluation failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      isRunning = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? 60 * 60 * 1000);
  // The job must never keep the process alive on its own.
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
