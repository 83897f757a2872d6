import { seedMissingSignalCatalogues } from '@fulcrum/server/commands';
import { type Database, migrate, openDatabase, targetFromEnv } from '@fulcrum/server/db';

/** Opens the database the environment names, migrated, runs `work`, and closes it. */
export const withDatabase = async <T>(work: (db: Database) => Promise<T>): Promise<T> => {
  const db = await openDatabase(targetFromEnv());
  try {
    await migrate(db);
    await seedMissingSignalCatalogues(db);
    return await work(db);
  } finally {
    await db.close();
  }
};
