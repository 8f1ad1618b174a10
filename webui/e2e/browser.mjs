// Launches the system Chromium through playwright-core. No browser is ever downloaded:
// CONVENTIONS forbid `playwright install`; CHROME_BIN or /usr/bin/chromium is used.
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL ?? 'https://localhost:8443';

export async function launch() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_BIN ?? '/usr/bin/chromium',
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
  const context = await browser.newContext({
    baseURL: BASE_URL,
    ignoreHTTPSErrors: true,
    viewport: { width: 1366, height: 900 },
    locale: 'en-US',
  });
  context.setDefaultTimeout(15_000);
  return { browser, context };
}
