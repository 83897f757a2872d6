import { fileURLToPath } from 'node:url';
import {
  demoLogin,
  isDatabaseEmpty,
  seedDemo,
  seedMissingSignalCatalogues,
} from './commands/index.ts';
import {
  type DatabaseTarget,
  describeTarget,
  migrate,
  openDatabase,
  runAsAuditActor,
  targetFromEnv,
} from './db/index.ts';
import { buildApp } from './http/app.ts';
import { startOverdueCommitmentsJob } from './jobs/overdue-commitments-job.ts';
import { startAlertsJob } from './jobs/alerts-job.ts';
import { startWebhookDeliveryJob } from './jobs/webhook-delivery-job.ts';

/** Where the built web app lives in this checkout. */
export const defaultWebDistDir = fileURLToPath(new URL('../../web/dist/', import.meta.url));

/** How to start a server: which database, which port, whether to seed the demo. */
export type StartServerOptions = {
  /** `'memory'` for a throwaway PGlite; otherwise a target, or the environment's choice. */
  database?: 'memory' | DatabaseTarget;
  port?: number;
  host?: string;
  demo?: boolean;
  webDistDir?: string;
  logger?: boolean;
  log?: (line: string) => void;
};

/** A running server and how to stop it. */
export type RunningServer = { url: string; close: () => Promise<void>; demoSeeded: boolean };

/** Opens the database, migrates it, seeds the demo when empty, and serves the API and web app. */
export const startServer = async (options: StartServerOptions = {}): Promise<RunningServer> => {
  const log = options.log ?? (() => undefined);
  const target: DatabaseTarget =
    options.database === 'memory' ? { kind: 'memory' } : (options.database ?? targetFromEnv());
  log(`Database: ${describeTarget(target)}`);
  const db = await openDatabase(target);
  const applied = await migrate(db);
  if (applied.length > 0)
    log(`Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`);
  await seedMissingSignalCatalogues(db);
  let demoSeeded = false;
  if ((options.demo ?? true) && (await isDatabaseEmpty(db))) {
    await runAsAuditActor({ kind: 'system', label: 'Demo data' }, () =>
      seedDemo(db, { now: new Date() }),
    );
    demoSeeded = true;
    log('Seeded the demo workspace.');
  }
  const app = await buildApp({
    db,
    webDistDir: options.webDistDir ?? defaultWebDistDir,
    logger: options.logger ?? false,
  });
  const address = await app.listen({
    port: options.port ?? 3000,
    host: options.host ?? '127.0.0.1',
  });
  const url = address.replace('127.0.0.1', 'localhost');
  const overdueJob = startOverdueCommitmentsJob(db, { log });
  const alertsJob = startAlertsJob(db, { log });
  const webhookJob = startWebhookDeliveryJob(db, { log });
  return {
    url,
    demoSeeded,
    close: async () => {
      overdueJob.stop();
      alertsJob.stop();
      await webhookJob.stop();
      await app.close();
      await db.close();
    },
  };
};

export { demoLogin };
