import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's Chromium, never a downloaded one: playwright-core ships no browser and nothing here may
 * fetch one. The flags keep the browser from reaching the network on its own (updates, sync).
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
