// The flows, in order: later ones reuse the session the first one opens.
const unique = () => Math.random().toString(36).slice(2, 8) + Date.now().toString(36).slice(-4);

/**
 * Signs in through the UI; registers the account as the first user when it does not exist yet.
 * The first account of a fresh stack needs auth-service's setup token: E2E_SETUP_TOKEN (e2e.sh
 * presets it for its stack with AUTH_SETUP_TOKEN).
 */
async function signIn({ page, email, password }) {
  await page.goto('/login');
  await page.getByTestId('email').waitFor();
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
  const outcome = await Promise.race([
    page.waitForURL((url) => !url.pathname.startsWith('/login')).then(() => 'in'),
    page
      .getByTestId('login-error')
      .waitFor()
      .then(() => 'error'),
  ]);
  if (outcome === 'in') {
    return 'login';
  }
  const setup = page.waitForResponse((response) => response.url().endsWith('/api/v1/auth/setup'));
  await page.getByTestId('toggle-mode').click();
  const { setup_required: setupRequired } = await (await setup).json();
  if (setupRequired) {
    if (!process.env.E2E_SETUP_TOKEN) {
      throw new Error('the stack has no account yet: set E2E_SETUP_TOKEN to its setup token');
    }
    await page.getByTestId('setup-token').fill(process.env.E2E_SETUP_TOKEN);
  }
  await page.getByTestId('first-name').fill('Erika');
  await page.getByTestId('last-name').fill('Example');
  await page.getByTestId('artist-name').fill('Erika Sound');
  await page.getByTestId('submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return 'register';
}

/** A bearer token for direct API checks (is a service up? seed data), outside the page's memory. */
async function apiToken({ page, email, password }) {
  const answer = await page.request.post('/api/v1/user/login', { data: { email, password } });
  if (!answer.ok()) {
    throw new Error(`login for API checks answered ${answer.status()}`);
  }
  return (await answer.json()).access_token;
}

async function requireService(ctx, path, name) {
  if (ctx.mocked.some((service) => name.startsWith(service))) {
    return null;
  }
  const token = await apiToken(ctx);
  const answer = await ctx.page.request.get(path, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (answer.status() !== 200) {
    ctx.skip(`${name} does not answer ${path} (status ${answer.status()})`);
  }
  return token;
}

/** Polls the song until every choice's audio is in our own storage (stand-ins have no token). */
async function waitUntilArchived(ctx, token, songId) {
  if (!token || !songId) {
    return;
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const answer = await ctx.page.request.get(`/api/v1/song/${songId}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const song = answer.ok() ? await answer.json() : null;
    if (song && song.choices.length > 0 && song.choices.every((choice) => choice.archived)) {
      return;
    }
    await ctx.page.waitForTimeout(500);
  }
  throw new Error(`the choices of song ${songId} were not archived within 60 s`);
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** Opens a page of the app, signing in first when the session is gone (e.g. E2E_ONLY skipped the login flow). */
async function openNav(ctx, path) {
  const { page } = ctx;
  await page.goto(path);
  const where = await Promise.race([
    page
      .locator('app-shell')
      .waitFor()
      .then(() => 'app'),
    page.waitForURL(/\/login/).then(() => 'login'),
  ]);
  if (where === 'login') {
    await signIn(ctx);
    await page.goto(path);
    await page.locator('app-shell').waitFor();
  }
  // Flows read English labels: a flow that failed while German was on must not break the next one.
  if (
    !ctx.keepLanguage &&
    (await page.getByTestId('lang-en').getAttribute('aria-pressed')) !== 'true'
  ) {
    await page.getByTestId('lang-en').click();
  }
}

export const flows = [
  {
    name: 'login-first-user-and-reload',
    async run(ctx) {
      const { page } = ctx;
      // The first load may wait for a cold server (ng serve compiling, gateway warming up).
      await page.goto('/sketches', { timeout: 60_000 });
      await page.waitForURL(/\/login/);
      await ctx.screenshot('login');
      const how = await signIn(ctx);
      await page.locator('app-shell nav').waitFor();
      await ctx.screenshot('shell-after-' + how);
      // The access token lives in memory only: a reload must restore the session from the cookie.
      await page.reload();
      await page.locator('app-shell nav').waitFor();
      expect(!page.url().includes('/login'), 'a reload lost the session');
      const stored = await page.evaluate(() =>
        JSON.stringify({ ...localStorage, ...sessionStorage }),
      );
      expect(!/eyJ/.test(stored), 'a token was found in web storage');
    },
  },
  {
    name: 'sketch-create-search-edit',
    async run(ctx) {
      const { page } = ctx;
      const word = `lantern${unique()}`;
      await openNav(ctx, '/sketches/new');
      await page.getByTestId('sketch-title').fill(`Paper ${word}`);
      await page.getByTestId('sketch-prompt').fill('dreamy indie folk, fingerpicked guitar');
      await page
        .getByTestId('sketch-lyrics')
        .fill('Paper lanterns on the water\nfloating where the river bends');
      await page.getByTestId('tags-input').fill('folk');
      await page.getByTestId('tags-input').press('Enter');
      await ctx.screenshot('sketch-creator');
      await page.getByTestId('save-sketch').click();
      await page.getByTestId('sketch-detail').waitFor();
      expect(
        (await page.getByTestId('sketch-detail').innerText()).includes(`Paper ${word}`),
        'detail shows the new sketch',
      );

      await page.getByTestId('sketch-search').fill(word);
      await page.waitForFunction((w) => {
        const list = document.querySelector('[data-testid="sketch-list"]');
        return list && list.querySelectorAll('li').length === 1 && list.textContent.includes(w);
      }, word);

      await page.getByTestId('edit-sketch').click();
      await page.waitForFunction(
        (w) => document.querySelector('[data-testid="sketch-title"]')?.value.includes(w),
        word,
      );
      await page.getByTestId('sketch-title').fill(`Paper ${word} (v2)`);
      await page.getByTestId('save-sketch').click();
      await page.getByText(`Paper ${word} (v2)`).first().waitFor();
      await page.getByTestId('move-used').click();
      await page.getByTestId('sketch-workflow').filter({ hasText: 'Used' }).waitFor();
      await ctx.screenshot('sketch-library');
    },
  },
  {
    name: 'ai-helpers-through-chat-service',
    async run(ctx) {
      const { page } = ctx;
      // Sketch title suggestion: sketches/generate-title through generate-unified.
      await openNav(ctx, '/sketches/new');
      await page
        .getByTestId('sketch-lyrics')
        .fill('Neon rain on the boulevard\nwe dance until the morning');
      await page.getByTestId('ai-title').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="sketch-title"]')?.value.trim().length > 0,
        undefined,
        { timeout: 30_000 },
      );
      // Image prompt enhancement with undo.
      await openNav(ctx, '/images/generate');
      await page.getByTestId('image-prompt').fill('a synthesizer at night');
      await page.getByTestId('enhance').click();
      await page.getByTestId('enhance-compare').waitFor({ timeout: 30_000 });
      const enhanced = await page.getByTestId('image-prompt').inputValue();
      expect(enhanced !== 'a synthesizer at night', 'the prompt was enhanced');
      await ctx.screenshot('image-generator-enhanced');
      await page.getByTestId('undo-enhance').click();
      expect(
        (await page.getByTestId('image-prompt').inputValue()) === 'a synthesizer at night',
        'undo restores the prompt',
      );
    },
  },
  {
    name: 'language-switch-to-german',
    async run(ctx) {
      const { page } = ctx;
      await openNav(ctx, '/sketches');
      await page.getByTestId('lang-de').click();
      await page.getByRole('link', { name: 'Skizzen-Bibliothek' }).waitFor();
      await page.getByRole('heading', { name: 'Skizzen-Bibliothek' }).waitFor();
      await ctx.screenshot('german-sketch-library');
      // Stored in the user's settings: still German after a reload.
      await page.reload();
      await page.getByRole('link', { name: 'Skizzen-Bibliothek' }).waitFor();
      await page.getByTestId('lang-en').click();
      await page.getByRole('link', { name: 'Sketch library' }).waitFor();
    },
  },
  {
    name: 'image-generate-0001-in-gallery',
    async run(ctx) {
      const { page } = ctx;
      await requireService(ctx, '/api/v1/image/list', 'image-service');
      await openNav(ctx, '/images/generate');
      await page
        .getByTestId('image-prompt')
        .fill(`A neon synthesizer on a rooftop 0001 ${unique()}`);
      await page.getByTestId('image-title').fill('Rooftop Synth');
      await page.getByTestId('generate-image').click();
      await page.getByTestId('image-result').locator('img').waitFor({ timeout: 60_000 });
      await ctx.screenshot('image-generator');
      await page.getByTestId('open-in-gallery').click();
      await page.getByTestId('image-detail').waitFor();
      await page
        .getByTestId('image-grid')
        .getByRole('button', { name: 'Rooftop Synth' })
        .first()
        .waitFor();
      await ctx.screenshot('image-gallery');
    },
  },
  {
    // Every model the account offers with each of its qualities, through the page's selects, and
    // a transparent WebP whose format, size and token usage the gallery's detail panel shows.
    name: 'image-every-model-and-quality-then-transparent-webp',
    async run(ctx) {
      const { page } = ctx;
      await requireService(ctx, '/api/v1/image/models', 'image-service');
      const token = await apiToken(ctx);
      const catalogue = await (
        await page.request.get('/api/v1/image/models', {
          headers: { Authorization: `Bearer ${token}` },
        })
      ).json();
      expect(catalogue.models.length >= 5, `only ${catalogue.models.length} image models offered`);
      await openNav(ctx, '/images/generate');
      /** Opens a select, clicks the option with that value and waits until the panel is gone. */
      const choose = async (testId, value) => {
        await page.getByTestId(testId).click();
        const option = page.locator(`mat-option[data-value="${value}"]`);
        await option.scrollIntoViewIfNeeded();
        await option.click();
        await page.waitForFunction(() => !document.querySelector('mat-option'));
      };
      await page.getByTestId('image-prompt').fill(`An old tape machine 0001 ${unique()}`);
      let generated = 0;
      for (const model of catalogue.models) {
        await choose('image-model', model.id);
        for (const quality of model.qualities) {
          await choose('image-quality', quality);
          const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/image/generate'));
          await page.getByTestId('generate-image').click();
          const response = await answer;
          const body = await response.json();
          expect(response.status() === 201, `${model.id} ${quality}: ${response.status()}`);
          expect(body.model === model.id, `asked ${model.id}, got ${body.model}`);
          await page.locator('[data-testid=generate-image]:not([disabled])').waitFor();
          generated++;
        }
      }
      expect(generated >= catalogue.models.length * 4, `only ${generated} images generated`);
      // A transparent landscape WebP with the default model.
      await choose('image-model', catalogue.default_model);
      await choose('image-size', '1536x1024');
      await choose('image-format', 'webp');
      await choose('image-background', 'transparent');
      await page.getByTestId('image-title').fill('Transparent tape');
      await page.getByTestId('generate-image').click();
      await page
        .getByTestId('image-result')
        .locator('img.checkerboard')
        .waitFor({ timeout: 60_000 });
      await ctx.screenshot('image-generator-transparent-webp');
      await page.getByTestId('open-in-gallery').click();
      const detail = page.getByTestId('image-detail');
      await detail.getByTestId('detail-usage').waitFor();
      const format = await detail.getByTestId('detail-format').innerText();
      expect(/WEBP/.test(format) && /Transparent/.test(format), `detail format: ${format}`);
      const size = await detail.getByTestId('detail-size').innerText();
      expect(size.includes('1536×1024'), `detail size: ${size}`);
      const usage = await detail.getByTestId('detail-usage').innerText();
      expect(/\d+ in, \d+ out, \d+ in total/.test(usage), `detail usage: ${usage}`);
      await ctx.screenshot('image-detail-usage');
    },
  },
  {
    name: 'image-0002-shows-translated-provider-error',
    async run(ctx) {
      const { page } = ctx;
      await requireService(ctx, '/api/v1/image/list', 'image-service');
      await openNav(ctx, '/images/generate');
      await page.getByTestId('lang-de').click();
      await page.getByTestId('image-prompt').fill('This prompt fails 0002');
      await page.getByTestId('generate-image').click();
      const error = page.getByTestId('image-error');
      await error.waitFor({ timeout: 60_000 });
      const text = await error.innerText();
      await ctx.screenshot('image-provider-error-de');
      await page.getByTestId('lang-en').click();
      expect(/KI-Anbieter|Eingaben|Dienst/.test(text), `the error is not in German: ${text}`);
    },
  },
  {
    name: 'text-overlay-new-image',
    async run(ctx) {
      const { page } = ctx;
      await requireService(ctx, '/api/v1/image/list-for-text-overlay', 'image-service');
      await openNav(ctx, '/images/overlay');
      await page.getByTestId('overlay-candidates').locator('button').first().click();
      await page.getByTestId('overlay-canvas').waitFor();
      await page.getByTestId('overlay-title').fill('Night Drive');
      const box = await page.getByTestId('overlay-canvas').boundingBox();
      await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.8);
      await page.waitForTimeout(300); // let the debounced preview draw before the screenshot
      await ctx.screenshot('text-overlay-editor');
      await page.getByTestId('apply-overlay').click();
      await page.waitForURL(/\/images\?id=/, { timeout: 60_000 });
      await page.getByTestId('image-detail').getByText('With text').waitFor();
      await ctx.screenshot('image-with-overlay');
    },
  },
  {
    name: 'song-generate-0001-and-play',
    async run(ctx) {
      const { page } = ctx;
      const token = await requireService(ctx, '/api/v1/song/list', 'song-service');
      await openNav(ctx, '/songs/generate');
      await page
        .getByTestId('song-lyrics')
        .fill('[Verse]\nLights on the highway 0001\n[Chorus]\nWe drive on');
      await page.getByTestId('song-style').fill('synthwave, driving bass');
      await page.getByTestId('song-title').fill('Highway Lights');
      await page.getByTestId('generate-song').click();
      await page.getByTestId('song-progress').waitFor();
      await ctx.screenshot('song-generator-progress');
      await page
        .getByTestId('song-status')
        .filter({ hasText: 'Done' })
        .waitFor({ timeout: 120_000 });
      await page.getByTestId('open-song').click();
      await page.getByTestId('song-detail').waitFor();
      // The audio is archived in the background after the job succeeds; until then the link is
      // Mureka's own (the simulator's plain-http URL, which the gateway's CSP rightly refuses).
      await waitUntilArchived(ctx, token, new URL(page.url()).searchParams.get('id'));
      await page.getByTestId('play-choice-0').click();
      await page.waitForFunction(() => {
        const audio = document.querySelector('[data-testid="audio-player"]');
        return audio && audio.currentSrc;
      });
      // The player seeks with Range requests: the gateway passes them on and song-service answers 206.
      const src = await page.evaluate(
        () => document.querySelector('[data-testid="audio-player"]').currentSrc,
      );
      const part = await page.request.get(src, { headers: { Range: 'bytes=0-99' } });
      expect(
        part.status() === 206 && part.headers()['content-range']?.startsWith('bytes 0-99/'),
        `a byte range of the archived audio: ${part.status()} ${part.headers()['content-range']}`,
      );
      await page.getByTestId('play-choice-1').click();
      await ctx.screenshot('song-view');
      await openNav(ctx, '/songs/profile');
      await page.getByTestId('queue-status').locator('dd').first().waitFor();
      await ctx.screenshot('song-profile');
    },
  },
  {
    name: 'sketch-turned-into-song',
    async run(ctx) {
      const { page } = ctx;
      await requireService(ctx, '/api/v1/song/list', 'song-service');
      const word = `ember${unique()}`;
      await openNav(ctx, '/sketches/new');
      await page.getByTestId('sketch-title').fill(`Embers ${word}`);
      await page.getByTestId('sketch-prompt').fill('slow soul ballad, rhodes piano');
      await page
        .getByTestId('sketch-lyrics')
        .fill('Embers in the fireplace 0001\nwarming what is left of us');
      await page.getByTestId('save-sketch').click();
      await page.getByTestId('sketch-detail').waitFor();
      await page.getByTestId('generate-song').click();
      await page.getByTestId('source-sketch').waitFor();
      expect(
        (await page.getByTestId('song-lyrics').inputValue()).includes('Embers in the fireplace'),
        'lyrics pre-filled',
      );
      await page.getByTestId('generate-song').click();
      await page.getByTestId('source-sketch').filter({ hasText: 'Used' }).waitFor();
      await page
        .getByTestId('song-status')
        .filter({ hasText: 'Done' })
        .waitFor({ timeout: 120_000 });
    },
  },
];
