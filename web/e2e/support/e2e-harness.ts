import { existsSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { startServer } from '@fulcrum/server';
import type { RunningServer } from '@fulcrum/server';
import { chromium } from 'playwright-core';
import type { Browser, Locator, Page } from 'playwright-core';
import { webDistDir } from './build-web.ts';

/** Debian's Chromium, driven by playwright-core (`npx playwright install` cannot work here). */
export const chromiumPath = '/usr/bin/chromium';

// Re-exported for specs that need the paths; the build itself runs once in globalSetup.
export { webDir, webDistDir } from './build-web.ts';

/** The seeded demo owner (server/src/commands/demo-data.ts). */
export const demoUser = { email: 'demo@fulcrum.test', password: 'fulcrum-demo-2026' } as const;
/** The seeded read-only member of the demo workspace. */
export const demoViewer = { email: 'viewer@fulcrum.test', password: 'fulcrum-demo-2026' } as const;

/**
 * Whether the browser flows can run. Without Chromium they are skipped with one line, except in
 * CI, where a missing browser must fail the run instead of passing silently.
 */
export const hasChromium = (): boolean => {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `e2e: ${chromiumPath} not found; CI must install chromium (apt-get install -y chromium)`,
    );
  }
  console.log(`e2e: skipped, ${chromiumPath} not found`);
  return false;
};

/** A built web app, a server with the demo workspace on a throwaway database, and a browser. */
export type E2eHarness = { server: RunningServer; browser: Browser; close: () => Promise<void> };

/**
 * Starts the server on the bundle that globalSetup built (build-web.ts) and launches Chromium.
 */
export const startHarness = async (): Promise<E2eHarness> => {
  const template = readFileSync(inject('demoTemplatePath'));
  const server = await startServer({
    port: 0,
    database: { kind: 'memory', loadDataDir: new Blob([template]) },
    demo: true,
    webDistDir,
  });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      // Playwright gives every launch a fresh temporary profile directory.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      // A server that cannot close (a stuck request) is reported, not waited on for minutes.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), 10_000);
      });
      const outcome = await Promise.race([server.close().then(() => 'closed' as const), timeout]);
      clearTimeout(timer);
      if (outcome === 'timeout') console.log('e2e: server.close() did not finish within 10 s');
    },
  };
};

/** Opens a fresh browser context (its own cookies) and signs in as `user` from /login. */
export const signIn = async (
  harness: E2eHarness,
  user: { email: string; password: string } = demoUser,
): Promise<Page> => {
  const context = await harness.browser.newContext({ baseURL: harness.server.url });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto('/login');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  return page;
};

/** A name no other test run has used, so flows never collide on shared data. */
export const uniqueName = (prefix: string): string =>
  `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Clicks the dialog's Save button and waits for the dialog to close; when it stays open, fails
 * with the error the form shows, which says far more than a timeout.
 */
export const saveDialog = async (dialog: Locator): Promise<void> => {
  await dialog.getByRole('button', { name: 'Save' }).click();
  try {
    await dialog.waitFor({ state: 'detached', timeout: 10_000 });
  } catch {
    const shown = await dialog.getByRole('alert').allTextContents();
    throw new Error(
      shown.length > 0
        ? `the form did not save; it shows: ${JSON.stringify(shown)}`
        : 'the form did not save within 10 s and shows no error: the request is still pending',
    );
  }
};
