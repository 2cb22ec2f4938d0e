import { chromium, type Browser } from 'playwright-core';

/**
 * Chromium's flags for every test and bench: no sandbox (we run as root), and none of the
 * browser's own network traffic (updates, sync).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Debian's Chromium, never a downloaded one: playwright-core ships no browser and nothing here may
 * fetch one.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
}
