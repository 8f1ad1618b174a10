// The attack suite: every security finding of the stack as a request an attacker would send,
// against a running local stack through the gateway (./run, or the e2e stack), plus the JWT matrix,
// cross-user 404 on every id route, oversize bodies and traversal paths. Each check passes only
// when the attack is refused. Prints every check and `N passed, N failed`; exits 1 on a failure.
//   node deploy/local-stack/attack-suite.mjs [BASE_URL] [STATE_DIR]
//     BASE_URL   default https://localhost:8443
//     STATE_DIR  the stack's state folder (.local, or the e2e stack's), for its JWT signing key:
//                the suite forges tokens that are correctly signed but otherwise wrong
//   E2E_EMAIL / E2E_PASSWORD   the owner account (must exist; default the e2e one)
//   AUTH_SETUP_TOKEN           not needed: the owner exists; other accounts register normally
// Needs AUTH_REGISTRATION=open on the stack (a second account for the cross-user checks).
// Plain node:https (not fetch): fetch normalises `..` and `%2e` away before they reach the gateway.
import { createSign, createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';

const BASE = new URL(process.argv[2] ?? 'https://localhost:8443');
const STATE_DIR = process.argv[3] ?? '.local';
const OWNER = {
  email: process.env.E2E_EMAIL ?? 'e2e-owner@example.com',
  password: process.env.E2E_PASSWORD ?? 'e2e-password-123',
};
const ISSUER = 'mac-ai-service';

/**
 * The gateway's per-address rate limit (code rate_limited) is not what a check is about, and one
 * address sends the whole suite: wait as told and send again. The services' own 429s
 * (login_throttled, daily_budget_exhausted, too_many_streams) are answers, never retried.
 */
async function patiently(attempt) {
  for (let tries = 1; ; tries++) {
    const answer = await attempt();
    if (answer.status !== 429 || answer.json?.code !== 'rate_limited' || tries === 8) return answer;
    const wait = Math.min(Number(answer.headers?.['retry-after'] ?? 1) || 1, 15);
    await new Promise((r) => setTimeout(r, wait * 1000));
  }
}

/** One request, the path sent exactly as given. Resolves {status, headers, text, json}. */
function send(method, path, options = {}) {
  return patiently(() => sendOnce(method, path, options));
}

function sendOnce(method, path, { token, headers = {}, body, raw } = {}) {
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  const allHeaders = { ...headers };
  if (token) allHeaders.authorization = `Bearer ${token}`;
  if (body !== undefined && !allHeaders['content-type']) {
    allHeaders['content-type'] = 'application/json';
  }
  if (payload !== undefined) allHeaders['content-length'] = Buffer.byteLength(payload);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: BASE.hostname,
        port: BASE.port || 443,
        method,
        path,
        headers: allHeaders,
        rejectUnauthorized: false,
        timeout: 30_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: timed out`)));
    req.on('error', reject);
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

const results = [];
async function check(finding, name, run) {
  try {
    await run();
    results.push({ finding, name, ok: true });
    console.log(`  PASS  [${finding}] ${name}`);
  } catch (error) {
    results.push({ finding, name, ok: false, why: error.message });
    console.log(`  FAIL  [${finding}] ${name}: ${error.message}`);
  }
}

function expect(actual, expected, what) {
  const ok = Array.isArray(expected) ? expected.includes(actual) : actual === expected;
  if (!ok)
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

function expectStatus(answer, expected, what) {
  expect(answer.status, expected, `${what} (${answer.text.slice(0, 160)})`);
}

/** The gateway's own 401 (its WWW-Authenticate), not a service's: the request never got past it. */
function expectGatewayRefusal(answer, what) {
  expectStatus(answer, 401, what);
  if (!String(answer.headers['www-authenticate'] ?? '').includes('invalid_token')) {
    throw new Error(`${what}: a 401 without the gateway's WWW-Authenticate, so a service answered`);
  }
}

// ---- tokens ---------------------------------------------------------------------------------
const b64url = (value) =>
  Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

function forge(claims, { alg = 'RS256', key = signingKey() } = {}) {
  const head = b64url({ alg, typ: 'JWT' });
  const body = b64url(claims);
  if (alg === 'none') return `${head}.${body}.`;
  if (alg === 'HS256') {
    return `${head}.${body}.${createHmac('sha256', key).update(`${head}.${body}`).digest('base64url')}`;
  }
  const signer = createSign('RSA-SHA256');
  signer.update(`${head}.${body}`);
  return `${head}.${body}.${signer.sign(key, 'base64url')}`;
}

let cachedKey;
function signingKey() {
  cachedKey ??= readFileSync(join(STATE_DIR, 'jwt', 'private.pem'), 'utf8');
  return cachedKey;
}

function claimsLike(token, changes) {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { ...claims, ...changes };
}

async function login(account) {
  const answer = await send('POST', '/api/v1/user/login', { body: account });
  expectStatus(answer, 200, `login ${account.email}`);
  return answer;
}

async function signIn(account) {
  return (await login(account)).json.access_token;
}

async function registerSecondUser() {
  const account = {
    email: `attacker-${randomUUID().slice(0, 8)}@example.com`,
    password: 'attacker-password-123',
  };
  const created = await send('POST', '/api/v1/user/create', {
    body: { ...account, first_name: 'Eve', last_name: 'Attacker' },
  });
  expectStatus(created, [200, 201], 'registering the second (attacker) account');
  return { ...account, token: await signIn(account) };
}

// ---- the suite ------------------------------------------------------------------------------
const owner = { ...OWNER, token: await signIn(OWNER) };
const attacker = await registerSecondUser();
console.log(
  `attack suite against ${BASE.origin} (owner ${owner.email}, attacker ${attacker.email})`,
);

// 1. The gateway's token check: no query string makes a route public; ambiguous paths are refused.
await check(1, 'GET /api/v1/song/list?exp=1&sig=x without a token: the gateway refuses', async () =>
  expectGatewayRefusal(await send('GET', '/api/v1/song/list?exp=1&sig=x'), 'song list'),
);
await check(
  1,
  'GET /api/v1/image/list?exp=1&sig=x without a token: the gateway refuses',
  async () =>
    expectGatewayRefusal(await send('GET', '/api/v1/image/list?exp=1&sig=x'), 'image list'),
);
for (const path of [
  '/api/v1/image/../equipment?exp=1&sig=x',
  '/api/v1/image/files/%2e%2e/list',
  '/api/v1/song/media/songs/..%2f..%2flist',
  '/api/v1/image/files//etc/passwd',
  '/api/v1/song/media/songs/%5c..%5clist',
]) {
  await check(1, `traversal ${path} is refused with 400 before routing`, async () =>
    expectStatus(await send('GET', path), 400, path),
  );
}
await check(1, 'a body on an unauthenticated signed-media GET is refused (413)', async () =>
  expectStatus(
    await send('GET', '/api/v1/image/files/x.png?exp=1&sig=x', {
      raw: 'x'.repeat(1024),
    }),
    413,
    'body on signed media',
  ),
);
await check(1, 'a POST to a signed-media path is refused (405)', async () =>
  expectStatus(await send('POST', '/api/v1/song/media/songs/x.mp3'), 405, 'POST media'),
);
await check(1, 'a forged signature on a signed-media URL reaches no file (403/404)', async () =>
  expectStatus(
    await send('GET', '/api/v1/image/files/anything.png?exp=99999999999&sig=AAAA'),
    [403, 404],
    'forged media signature',
  ),
);

// JWT matrix: each wrong token is refused by the gateway itself.
const fresh = Math.floor(Date.now() / 1000);
const jwtCases = {
  'no token': undefined,
  'garbage token': 'not.a.token',
  'alg none': forge(claimsLike(owner.token, {}), { alg: 'none' }),
  'HS256 signed with the public key (alg confusion)': forge(claimsLike(owner.token, {}), {
    alg: 'HS256',
    key: readFileSync(join(STATE_DIR, 'jwt', 'public.pem'), 'utf8'),
  }),
  'expired an hour ago': forge(claimsLike(owner.token, { exp: fresh - 3600, iat: fresh - 4500 })),
  'wrong issuer': forge(claimsLike(owner.token, { iss: 'someone-else' })),
  'no expiry': forge(claimsLike(owner.token, { exp: undefined })),
  'not valid yet (nbf in an hour)': forge(claimsLike(owner.token, { nbf: fresh + 3600 })),
  'signature of another token': `${owner.token.split('.').slice(0, 2).join('.')}.${attacker.token.split('.')[2]}`,
  'claims changed after signing': `${owner.token.split('.')[0]}.${b64url(claimsLike(owner.token, { sub: randomUUID() }))}.${owner.token.split('.')[2]}`,
};
for (const [name, token] of Object.entries(jwtCases)) {
  await check('JWT', `${name}: refused by the gateway`, async () =>
    expectGatewayRefusal(await send('GET', '/api/v1/sketches', { token }), name),
  );
}
await check(
  'JWT',
  'a correctly signed token for the issuer is accepted (the matrix is not vacuous)',
  async () =>
    expectStatus(
      await send('GET', '/api/v1/sketches', {
        token: forge(claimsLike(owner.token, { iss: ISSUER })),
      }),
      200,
      'forged-but-valid token',
    ),
);

// Cross-user: the attacker gets 404 (not 403: an id's existence is not revealed) on every id route.
const owned = {};
owned.sketch = (
  await send('POST', '/api/v1/sketches', {
    token: owner.token,
    body: { title: 'owner sketch', prompt: 'pop', sketch_type: 'song' },
  })
).json?.id;
owned.equipment = (
  await send('POST', '/api/v1/equipment', {
    token: owner.token,
    body: { type: 'Software', name: 'Owner DAW' },
  })
).json?.id;
owned.conversation = (
  await send('POST', '/api/v1/conversations', {
    token: owner.token,
    body: { title: 'owner chat', provider: 'ollama', model: 'llama3.2:3b' },
  })
).json?.id;
owned.image = (
  await send('POST', '/api/v1/image/generate', {
    token: owner.token,
    body: { prompt: '0001 owner cover' },
  })
).json?.id;
owned.song = (
  await send('POST', '/api/v1/song/generate', {
    token: owner.token,
    body: { lyrics: '0001 owner song', prompt: 'pop', model: 'auto' },
  })
).json;
const idRoutes = [
  ['GET', `/api/v1/sketches/${owned.sketch}`],
  ['PUT', `/api/v1/sketches/${owned.sketch}`, { prompt: 'stolen' }],
  ['DELETE', `/api/v1/sketches/${owned.sketch}`],
  ['POST', `/api/v1/sketches/${owned.sketch}/duplicate`],
  ['GET', `/api/v1/equipment/${owned.equipment}`],
  ['DELETE', `/api/v1/equipment/${owned.equipment}`],
  ['GET', `/api/v1/conversations/${owned.conversation}`],
  [
    'POST',
    `/api/v1/conversations/${owned.conversation}/messages`,
    { content: 'read me your history' },
  ],
  ['GET', `/api/v1/conversations/${owned.conversation}/export`],
  ['DELETE', `/api/v1/conversations/${owned.conversation}`],
  ['GET', `/api/v1/image/${owned.image}`],
  ['GET', `/api/v1/image/${owned.image}/download`],
  ['DELETE', `/api/v1/image/${owned.image}`],
  ['GET', `/api/v1/song/${owned.song?.song_id}`],
  ['GET', `/api/v1/song/task/status/${owned.song?.task_id}`],
  ['POST', `/api/v1/song/task/${owned.song?.task_id}/cancel`],
  ['DELETE', `/api/v1/song/${owned.song?.song_id}`],
];
for (const [method, path, body] of idRoutes) {
  await check(
    'cross-user',
    `${method} ${path.replace(/[0-9a-f-]{36}/, '{owner id}')} as another user: 404`,
    async () => {
      if (path.includes('undefined')) throw new Error('the owner could not create the item');
      expectStatus(await send(method, path, { token: attacker.token, body }), 404, path);
    },
  );
}
await check(
  'cross-user',
  'the owner still has everything the attacker tried to delete',
  async () => {
    for (const path of [
      `/api/v1/sketches/${owned.sketch}`,
      `/api/v1/equipment/${owned.equipment}`,
      `/api/v1/conversations/${owned.conversation}`,
      `/api/v1/image/${owned.image}`,
    ]) {
      expectStatus(await send('GET', path, { token: owner.token }), 200, path);
    }
  },
);

// Oversize bodies: refused by the gateway before a service reads them.
await check('oversize', 'a 3 MB JSON body to a JSON route is refused (413)', async () =>
  expectStatus(
    await send('POST', '/api/v1/sketches', {
      token: owner.token,
      raw: `{"prompt":"${'x'.repeat(3 * 1024 * 1024)}"}`,
      headers: { 'content-type': 'application/json' },
    }),
    413,
    'oversize sketch',
  ),
);
await check('oversize', 'a 30 MB upload to image-service is refused (413)', async () =>
  expectStatus(
    await send('POST', '/api/v1/image/generate', {
      token: owner.token,
      raw: 'x'.repeat(30 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    }),
    413,
    'oversize upload',
  ),
);
await check('oversize', 'a login body of 100 KB is refused (413)', async () =>
  expectStatus(
    await send('POST', '/api/v1/user/login', {
      raw: `{"email":"${'a'.repeat(100_000)}"}`,
      headers: { 'content-type': 'application/json' },
    }),
    413,
    'oversize login',
  ),
);

// 2. SSRF: Mureka's answer names internal addresses (simulator lyrics 0013); nothing is fetched.
await check(
  2,
  'a song whose audio URLs point inside is not archived from them, nor served back',
  async () => {
    const started = await send('POST', '/api/v1/song/generate', {
      token: owner.token,
      body: { lyrics: '0013 hostile answer', prompt: 'pop', model: 'auto' },
    });
    expectStatus(started, [200, 201, 202], 'submitting the hostile song');
    let song;
    for (let i = 0; i < 30 && song?.status !== 'SUCCESS'; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      song = (
        await send('GET', `/api/v1/song/task/status/${started.json.task_id}`, {
          token: owner.token,
        })
      ).json?.song;
    }
    expect(song?.status, 'SUCCESS', 'the hostile song job');
    await new Promise((r) => setTimeout(r, 3000));
    for (const choice of (await send('GET', `/api/v1/song/${song.id}`, { token: owner.token })).json
      .choices) {
      expect(choice.archived, false, `choice ${choice.index} archived`);
      for (const format of ['mp3', 'flac']) {
        const link = (
          await send('GET', `/api/v1/song/choice/${choice.id}/audio?format=${format}`, {
            token: owner.token,
          })
        ).json;
        if (link?.url?.startsWith('/api/') || link?.archived) {
          throw new Error(
            `choice ${choice.index} ${format} is served from our storage: ${link.url}`,
          );
        }
      }
    }
  },
);

// 3. Login throttling: no lock an attacker can hold, no oracle between real and unknown accounts.
await check(3, 'wrong passwords for a real and an unknown e-mail get the same answer', async () => {
  const real = await send('POST', '/api/v1/user/login', {
    body: { email: owner.email, password: 'wrong-password-1' },
  });
  const unknown = await send('POST', '/api/v1/user/login', {
    body: {
      email: `nobody-${randomUUID()}@example.com`,
      password: 'wrong-password-1',
    },
  });
  expect(real.status, unknown.status, 'status real vs unknown');
  expect(real.json?.code, unknown.json?.code, 'problem code real vs unknown');
  expect(real.json?.detail, unknown.json?.detail, 'detail real vs unknown');
});
await check(
  3,
  'a burst of wrong passwords on a real and an unknown e-mail throttles both alike',
  async () => {
    const victim = await registerSecondUser();
    const ghost = `ghost-${randomUUID().slice(0, 8)}@example.com`;
    const answers = { victim: [], ghost: [] };
    for (let i = 0; i < 8; i++) {
      answers.victim.push(
        (
          await send('POST', '/api/v1/user/login', {
            body: { email: victim.email, password: `guess-${i}-xxxxxxxx` },
          })
        ).status,
      );
      answers.ghost.push(
        (
          await send('POST', '/api/v1/user/login', {
            body: { email: ghost, password: `guess-${i}-xxxxxxxx` },
          })
        ).status,
      );
    }
    expect(
      JSON.stringify(answers.victim),
      JSON.stringify(answers.ghost),
      'the answers to the same burst',
    );
  },
);
await check(3, "the owner is not locked out for 15 minutes by someone else's guesses", async () => {
  const victim = await registerSecondUser();
  for (let i = 0; i < 8; i++) {
    await send('POST', '/api/v1/user/login', {
      body: { email: victim.email, password: `guess-${i}-xxxxxxxx` },
    });
  }
  // Growing delays, not a 15-minute lock: the right password works once the current delay passed.
  let answer;
  const deadline = Date.now() + 70_000;
  do {
    answer = await send('POST', '/api/v1/user/login', {
      body: { email: victim.email, password: victim.password },
    });
    if (answer.status !== 429) break;
    const wait = Number(answer.headers['retry-after'] ?? 1);
    if (wait > 65) throw new Error(`the owner is told to wait ${wait} s`);
    await new Promise((r) => setTimeout(r, wait * 1000 + 200));
  } while (Date.now() < deadline);
  expectStatus(answer, 200, 'the owner signing in after the delay');
});
await check(3, 'wrong old passwords on password change are throttled like logins', async () => {
  const victim = await registerSecondUser();
  const statuses = [];
  for (let i = 0; i < 10; i++) {
    statuses.push(
      (
        await send('PUT', '/api/v1/user/password', {
          token: victim.token,
          body: {
            old_password: `guess-${i}-xxxxxxxx`,
            new_password: 'new-password-12345',
          },
        })
      ).status,
    );
  }
  if (!statuses.includes(429))
    throw new Error(`10 guesses answered ${statuses.join(',')}, never 429`);
});

// 4. Paid calls: budgets, admin-only costs, the context window.
await check(4, "a non-admin cannot read the organisation's OpenAI costs", async () =>
  expectStatus(
    await send('GET', '/api/v1/openai/costs/current', {
      token: attacker.token,
    }),
    403,
    'costs as a user',
  ),
);
await check(4, 'a non-admin cannot read the Mureka account (balance)', async () =>
  expectStatus(
    await send('GET', '/api/v1/song/mureka-account', {
      token: attacker.token,
    }),
    403,
    'Mureka billing as a user',
  ),
);
await check(4, "context_window_size 2,000,000 is clamped to the model's real window", async () => {
  const created = await send('POST', '/api/v1/conversations', {
    token: attacker.token,
    body: {
      title: 'huge',
      provider: 'ollama',
      model: 'llama3.2:3b',
      context_window_size: 2_000_000,
    },
  });
  expectStatus(created, 201, 'creating the conversation');
  if (!(created.json.context_window_size <= 131_072)) {
    throw new Error(`context window ${created.json.context_window_size}`);
  }
});
for (const [what, path, limitPath, call] of [
  [
    'images',
    '/api/v1/image/budget',
    '/api/v1/image/budget/limit',
    (t) =>
      send('POST', '/api/v1/image/generate', {
        token: t,
        body: { prompt: '0001 budget probe' },
      }),
  ],
  [
    'songs',
    '/api/v1/song/budget',
    '/api/v1/song/budget/limit',
    (t) =>
      send('POST', '/api/v1/song/generate', {
        token: t,
        body: { lyrics: '0001 budget probe', prompt: 'pop', model: 'auto' },
      }),
  ],
]) {
  await check(
    4,
    `a daily ${what} budget: the call past it is refused with 429 and when it resets`,
    async () => {
      const budgetUser = await registerSecondUser();
      const before = (await send('GET', limitPath, { token: owner.token })).json;
      expect(typeof before?.daily_limit, 'number', `the ${what} limit as the admin reads it`);
      expectStatus(
        await send('PUT', limitPath, {
          token: budgetUser.token,
          body: { daily_limit: 1000 },
        }),
        403,
        `a user raising the ${what} limit`,
      );
      try {
        expectStatus(
          await send('PUT', limitPath, {
            token: owner.token,
            body: { daily_limit: 1 },
          }),
          [200, 204],
          `setting the ${what} limit`,
        );
        expectStatus(await call(budgetUser.token), [200, 201, 202], `the first ${what} call`);
        const refused = await call(budgetUser.token);
        expectStatus(refused, 429, `the ${what} call past the budget`);
        expect(refused.json?.code, 'daily_budget_exhausted', 'problem code');
        if (!refused.json?.resets_at || !refused.headers['retry-after'])
          throw new Error('no resets_at or Retry-After');
        expect(
          (await send('GET', path, { token: budgetUser.token })).json?.used,
          1,
          `the ${what} used today`,
        );
      } finally {
        // the admin's earlier override, or back to the configured default
        await (before.overridden
          ? send('PUT', limitPath, {
              token: owner.token,
              body: { daily_limit: before.daily_limit },
            })
          : send('DELETE', limitPath, { token: owner.token }));
      }
    },
  );
}

// 5. Smaller findings.
await check(
  5,
  'logout with only the refresh cookie (access token expired) ends the refresh family',
  async () => {
    const session = await login(attacker);
    const cookie = String(session.headers['set-cookie'] ?? '').split(';')[0];
    const cookiePath = /Path=([^;]+)/i.exec(String(session.headers['set-cookie']))?.[1];
    const logoutPath = '/api/v1/auth/logout';
    if (!logoutPath.startsWith(cookiePath))
      throw new Error(`the cookie (Path=${cookiePath}) never reaches ${logoutPath}`);
    expectStatus(
      await send('POST', logoutPath, { headers: { cookie } }),
      [200, 204],
      'logout with the cookie only',
    );
    expectStatus(
      await send('POST', '/api/v1/auth/refresh', { headers: { cookie } }),
      401,
      'refresh after logout',
    );
  },
);
await check(5, 'auth answers carry Cache-Control: no-store', async () => {
  const answer = await login(attacker);
  expect(
    String(answer.headers['cache-control'] ?? '').includes('no-store'),
    true,
    `Cache-Control "${answer.headers['cache-control']}"`,
  );
});
await check(
  5,
  'the first account needs the setup token: a stranger cannot become admin',
  async () => {
    const setup = await send('GET', '/api/v1/auth/setup');
    expectStatus(setup, 200, 'setup state');
    expect(setup.json?.setup_required, false, 'setup_required on a stack with an owner');
  },
);
await check(5, "Swagger UI is not served on the app's origin", async () => {
  for (const service of ['auth', 'catalog', 'chat', 'image', 'song']) {
    const answer = await send('GET', `/api/v1/${service}/swagger-ui/`);
    expect(answer.status, [401, 403, 404], `${service} Swagger UI`);
  }
});
await check(5, 'CORS: only an exactly listed origin is allowed', async () => {
  for (const origin of ['https://evil.example', 'https://localhost:8443.evil.example', 'null']) {
    const answer = await send('OPTIONS', '/api/v1/sketches', {
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    if (answer.headers['access-control-allow-origin']) {
      throw new Error(`${origin} was allowed (${answer.headers['access-control-allow-origin']})`);
    }
  }
});
await check(5, 'too many concurrent event streams for one user are refused (429)', async () => {
  const open = [];
  let refused;
  try {
    for (let i = 0; i < 12 && !refused; i++) {
      const answer = await openStream('/api/v1/song/events', attacker.token);
      if (answer.status === 429) refused = answer;
      else open.push(answer);
    }
  } finally {
    open.forEach((s) => s.close());
  }
  if (!refused) throw new Error(`${open.length} streams open, none refused`);
  expect(refused.json?.code, 'too_many_streams', 'problem code');
});
await check(5, 'a provider failure names the provider, not its internal base URL', async () => {
  const answer = await send('POST', '/api/v1/image/generate', {
    token: owner.token,
    body: { prompt: 'fault-500 cover' },
  });
  expectStatus(answer, 502, 'a failing image provider');
  if (/https?:\/\/|localhost|127\.0\.0\.1/.test(answer.json?.detail ?? '')) {
    throw new Error(`detail shows an address: ${answer.json.detail}`);
  }
});

/** Opens an SSE stream; resolves once the head arrived, with close(). */
function openStream(path, token) {
  return patiently(() => openStreamOnce(path, token));
}

function openStreamOnce(path, token) {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: BASE.hostname,
        port: BASE.port || 443,
        method: 'GET',
        path,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'text/event-stream',
        },
        rejectUnauthorized: false,
      },
      (res) => {
        if (res.statusCode !== 200) {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => {
            let json;
            try {
              json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
              json = undefined;
            }
            resolve({ status: res.statusCode, headers: res.headers, json, close: () => {} });
          });
          return;
        }
        resolve({ status: 200, close: () => req.destroy() });
      },
    );
    req.on('error', (e) => (e.code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

const failed = results.filter((r) => !r.ok);
console.log(`\nattack suite: ${results.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
