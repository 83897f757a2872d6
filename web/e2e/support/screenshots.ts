import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Resolved from this file, so the screenshots land in the repository's test-output/ whatever
// directory the run started from (FULCRUM_E2E_OUTPUT_DIR puts them elsewhere).
const screenshotDir =
  process.env.FULCRUM_E2E_OUTPUT_DIR ??
  fileURLToPath(new URL('../../../test-output/screenshots/', import.meta.url));

/** Where an e2e flow saves the screenshot `name` (a .png file name); the folder is made on use. */
export const screenshotPath = (name: string): string => {
  mkdirSync(screenshotDir, { recursive: true });
  return `${screenshotDir.replace(/\/?$/, '/')}${name}`;
};
