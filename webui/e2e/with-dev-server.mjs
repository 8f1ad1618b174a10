// Starts `ng serve` (proxying /api/v1/** to the services of ./run, see proxy.conf.json), runs the
// e2e flows against it and stops it again — for machines where the gateway is not running.
//   E2E_PORT   port for ng serve (default 4200)
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.E2E_PORT ?? '4200';
const base = `http://localhost:${port}`;

const server = spawn('npx', ['ng', 'serve', '--port', port], {
  cwd: root,
  detached: true,
  stdio: ['ignore', 'ignore', 'inherit'],
});
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

async function waitForServer(deadline) {
  while (Date.now() < deadline) {
    try {
      const answer = await fetch(base);
      if (answer.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`ng serve did not answer on ${base} within 3 minutes`);
}

let code = 1;
try {
  await waitForServer(Date.now() + 180_000);
  code = await new Promise((resolve) => {
    const run = spawn(process.execPath, [join(root, 'e2e', 'run.mjs')], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, E2E_BASE_URL: base },
    });
    run.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
} catch (error) {
  console.error(String(error));
} finally {
  stop();
}
process.exit(code);
