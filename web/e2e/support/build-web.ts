import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** The web package's root, where vite.config.ts lives. */
export const webDir = fileURLToPath(new URL('../../', import.meta.url));
/** The build output, which the server under test serves. */
export const webDistDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/**
 * Builds the production bundle into web/dist. Vitest sets NODE_ENV=test, which would make Vite
 * bundle React's development build; the build runs with NODE_ENV=production and restores it.
 */
export const buildWebApp = async (): Promise<void> => {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: webDir,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: webDistDir, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
};

/**
 * Vitest globalSetup of the e2e project: builds the bundle once before any spec file starts
 * (never test a stale bundle), instead of once per file, where parallel builds would collide.
 */
export const setup = async (): Promise<void> => {
  await buildWebApp();
};
