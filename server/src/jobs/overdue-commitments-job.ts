import { detectOverdueCommitments } from '../commands/index.ts';
import { type Db, runAsAuditActor } from '../db/index.ts';

/** Runs overdue detection now and then every `intervalMs` (default hourly) until stopped. */
export const startOverdueCommitmentsJob = (
  db: Db,
  options: { intervalMs?: number; log?: (line: string) => void } = {},
) => {
  const run = async () => {
    try {
      const { newlyOverdue } = await runAsAuditActor(
        { kind: 'system', label: 'Overdue check' },
        () => detectOverdueCommitments(db, { today: new Date().toISOString().slice(0, 10) }),
      );
      if (newlyOverdue > 0) options.log?.(`${newlyOverdue} commitment(s) became overdue.`);
    } catch (error) {
      options.log?.(
        `overdue detection failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.intervalMs ?? 60 * 60 * 1000);
  // The job must never keep the process alive on its own.
  timer.unref();
  return { stop: () => clearInterval(timer) };
};
