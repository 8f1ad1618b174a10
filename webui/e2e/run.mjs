// End-to-end flows of the web UI in a real browser against a running stack.
//   E2E_BASE_URL   where the UI is served (default https://localhost:8443, the gateway)
//   E2E_EMAIL / E2E_PASSWORD   the account to use; registered as the first user when it does not exist
//   E2E_SETUP_TOKEN   auth-service's first-admin setup token, for that first registration
//   E2E_MOCK=image,song   answer those services' calls in the browser (see mock-services.mjs)
// Flows whose backend service does not answer yet are reported as SKIPPED, never as passed.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { BASE_URL, launch } from './browser.mjs';
import { flows } from './flows.mjs';
import { part2Flows } from './flows-part2.mjs';
import { installMocks } from './mock-services.mjs';

const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

class Skip extends Error {}

const only = process.env.E2E_ONLY?.split(',');
const mocked = process.env.E2E_MOCK?.split(',').filter(Boolean) ?? [];
const { browser, context } = await launch();
await installMocks(context, mocked);
const page = await context.newPage();
const consoleErrors = [];
page.on('pageerror', (error) => consoleErrors.push(String(error)));

const results = [];
const ctx = {
  page,
  baseUrl: BASE_URL,
  mocked,
  email: process.env.E2E_EMAIL ?? 'e2e-owner@example.com',
  password: process.env.E2E_PASSWORD ?? 'e2e-password-123',
  screenshot: (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }),
  skip: (why) => {
    throw new Skip(why);
  },
};

console.log(
  `e2e against ${BASE_URL}${mocked.length ? ` (in-browser stand-ins for: ${mocked.join(', ')})` : ''}`,
);
for (const flow of [...flows, ...part2Flows]) {
  if (only && !only.includes(flow.name)) {
    continue;
  }
  const started = Date.now();
  try {
    await flow.run(ctx);
    results.push({ name: flow.name, outcome: 'PASSED', ms: Date.now() - started });
  } catch (error) {
    const outcome =
      error instanceof Skip || error?.constructor?.name === 'Skip' ? 'SKIPPED' : 'FAILED';
    results.push({
      name: flow.name,
      outcome,
      ms: Date.now() - started,
      why: error?.message ?? String(error),
    });
    if (outcome === 'FAILED') {
      await ctx.screenshot(`FAILED-${flow.name}`).catch(() => undefined);
    }
  }
  const r = results.at(-1);
  console.log(
    `${r.outcome.padEnd(7)} ${r.name} (${r.ms} ms)${r.why ? ` — ${r.why.split('\n')[0]}` : ''}`,
  );
}
await browser.close();

const failed = results.filter((r) => r.outcome === 'FAILED').length;
const skipped = results.filter((r) => r.outcome === 'SKIPPED').length;
if (consoleErrors.length) {
  console.log(
    `page errors seen: ${consoleErrors.length}\n  ${consoleErrors.slice(0, 5).join('\n  ')}`,
  );
}
console.log(
  `e2e: ${results.length - failed - skipped} passed, ${skipped} skipped, ${failed} failed`,
);
process.exit(failed > 0 || (process.env.E2E_STRICT === '1' && skipped > 0) ? 1 : 0);
