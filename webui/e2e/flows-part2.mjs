// Part 2's flows: chat streaming and a long conversation, lyric editor, rules, templates,
// equipment secrets, German on the new pages, OpenAI costs. Run after part 1's flows (same session).
const unique = () => Math.random().toString(36).slice(2, 8) + Date.now().toString(36).slice(-4);

/**
 * Waits (up to 10 s) until `condition` holds in the page, for what Angular renders after a click;
 * the expect after it then fails with its own message rather than a timeout.
 */
async function settled(page, condition, arg) {
  await page.waitForFunction(condition, arg, { timeout: 10_000 }).catch(() => {});
}

function expect(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/** A token for seeding and checks; when auth-service does not answer, the flow is skipped. */
async function apiToken(ctx) {
  const { page, email, password } = ctx;
  const answer = await page.request.post('/api/v1/user/login', { data: { email, password } });
  if (!answer.ok()) {
    ctx.skip(`login for API calls answered ${answer.status()} (is the stack running?)`);
  }
  return (await answer.json()).access_token;
}

async function api(ctx, method, path, data) {
  ctx.token ??= await apiToken(ctx);
  const answer = await ctx.page.request.fetch(path, {
    method,
    data,
    headers: { Authorization: `Bearer ${ctx.token}` },
  });
  return answer;
}

/** Opens a page of the app, signing in first when the session is gone. */
async function open(ctx, path) {
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
    await page.getByTestId('email').fill(ctx.email);
    await page.getByTestId('password').fill(ctx.password);
    await page.getByTestId('submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(path);
    await page.locator('app-shell').waitFor();
  }
}

async function requireChat(ctx) {
  const answer = await api(ctx, 'GET', '/api/v1/ollama/chat/models');
  if (answer.status() !== 200) {
    ctx.skip(`chat-service does not answer the models list (status ${answer.status()})`);
  }
}

/** Seeds `pairs` question/answer pairs through the API, `parallel` at a time. */
async function seedMessages(ctx, id, pairs, parallel = 4) {
  let next = 0;
  const worker = async () => {
    while (next < pairs) {
      const n = next++;
      const answer = await api(ctx, 'POST', `/api/v1/conversations/${id}/messages`, {
        content: `Seeded question ${n}: how does line ${n} scan?`,
      });
      expect(answer.ok(), `seeding message ${n} answered ${answer.status()}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
}

/**
 * The chat page fills the window below the top bar: the document does not scroll, and the page
 * heading and the conversation list start below the bar (they used to slide under it once the
 * document scrolled, e.g. when the message input was scrolled into view).
 */
async function expectChatBelowTopBar(page) {
  const box = await page.evaluate(() => {
    const top = (selector) => document.querySelector(selector)?.getBoundingClientRect().top;
    return {
      bar: document.querySelector('.shell__toolbar').getBoundingClientRect().bottom,
      heading: top('app-chat-page h1'),
      list: top('app-chat-page .chat__list'),
      overflow: document.scrollingElement.scrollHeight - document.documentElement.clientHeight,
      scrolled: document.scrollingElement.scrollTop,
    };
  });
  const where = JSON.stringify(box);
  expect(
    box.overflow <= 1,
    `the chat page fits the window, the document does not scroll (${where})`,
  );
  expect(box.heading >= box.bar, `the chat heading is below the top bar (${where})`);
  expect(box.list >= box.bar, `the conversation list is below the top bar (${where})`);
}

export const part2Flows = [
  {
    name: 'chat-stream-compress-restore',
    async run(ctx) {
      const { page } = ctx;
      await requireChat(ctx);
      await open(ctx, '/chat/ollama');
      await page.getByTestId('new-conversation').click();
      const title = `Chorus ideas ${unique()}`;
      await page.getByTestId('conversation-title').fill(title);
      await page.getByTestId('conversation-model').locator('.mat-mdc-select-value-text').waitFor();
      await page.getByTestId('create-conversation').click();
      await page.getByTestId('conversation-heading').filter({ hasText: title }).waitFor();
      const id = new URL(page.url()).searchParams.get('id');
      expect(id, 'the new conversation is in the URL');

      await page.getByTestId('chat-input').fill('How do I write a **chorus**?');
      await page.getByTestId('send').click();
      // While streaming, the stop button replaces send; afterwards send is back.
      await page.getByTestId('message-user').first().waitFor();
      await page.getByTestId('send').waitFor();
      const reply = (await page.getByTestId('message-assistant').last().innerText()).trim();
      expect(reply.length > 10, `the streamed reply is shown (got "${reply}")`);
      expect(
        (await page.locator('[data-testid=message-user] strong').count()) > 0,
        'the question is rendered as Markdown',
      );
      await expectChatBelowTopBar(page);
      await ctx.screenshot('chat-streamed');

      await seedMessages(ctx, id, 6, 1);
      await page.goto(`/chat/ollama?id=${id}`);
      await page.getByTestId('compress').click();
      await page.locator('.message--summary').first().waitFor();
      await page.getByTestId('context-meter').waitFor();
      await ctx.screenshot('chat-compressed');
      await page.getByTestId('restore').click();
      await page.locator('.message--summary').first().waitFor({ state: 'detached' });
      await ctx.screenshot('chat-restored');
    },
  },
  {
    // OpenAI through chat-service: the picker preselects a model without a shutdown date and
    // names the date of one that has it; a streamed answer arrives.
    name: 'openai-chat-default-model-and-shutdown-dates',
    async run(ctx) {
      const { page } = ctx;
      const models = await api(ctx, 'GET', '/api/v1/openai/chat/models');
      if (models.status() !== 200) {
        ctx.skip(`chat-service does not answer the OpenAI models (status ${models.status()})`);
      }
      await open(ctx, '/chat/openai');
      await page.getByTestId('new-conversation').click();
      const title = `GPT ideas ${unique()}`;
      await page.getByTestId('conversation-title').fill(title);
      const chosen = page.getByTestId('conversation-model').locator('.mat-mdc-select-value-text');
      await chosen.waitFor();
      const preselected = (await chosen.innerText()).trim();
      expect(preselected.startsWith('gpt-5.4-mini'), `preselected: ${preselected}`);
      await page.getByTestId('conversation-model').click();
      const retiring = page.locator('mat-option', { hasText: 'gpt-4o-mini' }).first();
      const text = await retiring.innerText();
      expect(/retires on Jan 14, 2027/.test(text), `gpt-4o-mini option: ${text}`);
      expect(
        (await page.locator('mat-option', { hasText: /^\s*o4-mini/ }).count()) === 0,
        'o4-mini (shut down 2026-10-23) is offered',
      );
      await ctx.screenshot('openai-chat-model-picker');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('mat-option'));
      await page.getByTestId('create-conversation').click();
      await page.getByTestId('conversation-heading').filter({ hasText: title }).waitFor();
      await page.getByTestId('chat-input').fill('A title for a synthwave song?');
      await page.getByTestId('send').click();
      await page.getByTestId('message-user').first().waitFor();
      await page.getByTestId('send').waitFor();
      const reply = (await page.getByTestId('message-assistant').last().innerText()).trim();
      expect(reply.length > 5, `the streamed OpenAI reply is shown (got "${reply}")`);
    },
  },
  {
    name: 'chat-5000-messages-open',
    async run(ctx) {
      const { page } = ctx;
      await requireChat(ctx);
      const title = `Long conversation ${unique()}`;
      const created = await api(ctx, 'POST', '/api/v1/conversations', {
        title,
        provider: 'ollama',
        model: 'llama3.2:3b',
      });
      expect(created.status() === 201, `create answered ${created.status()}`);
      const { id } = await created.json();
      const seedStart = Date.now();
      await seedMessages(ctx, id, 2500);
      console.log(`        seeded 5,000 messages in ${Date.now() - seedStart} ms`);

      // Cold: a full page load straight into the conversation.
      let started = Date.now();
      await page.goto(`/chat/ollama?id=${id}`);
      await page.getByTestId('message-assistant').last().waitFor();
      const cold = Date.now() - started;

      // Warm: the app is loaded, the user picks the conversation from the list.
      await page.goto('/chat/ollama');
      await page.getByTestId('conversation-search').fill(title);
      const item = page.getByTestId('conversation-list').getByText(title);
      await item.waitFor();
      started = Date.now();
      await item.click();
      await page.getByTestId('message-assistant').last().waitFor();
      const warm = Date.now() - started;
      const rendered = await page.locator('[data-testid^=message-]').count();
      console.log(
        `        5,000 messages: opened in ${warm} ms from the list, ${cold} ms with a full page load; ${rendered} message rows in the DOM`,
      );
      expect(warm < 1000, `opening from the list took ${warm} ms (limit 1,000)`);
      expect(rendered < 200, `virtual scrolling keeps the DOM small (${rendered} rows)`);

      // Scrolling up pages older messages in without growing the DOM much.
      const viewport = page.getByTestId('message-list');
      for (let i = 0; i < 5; i++) {
        await viewport.evaluate((el) => el.scrollTo({ top: 0 }));
        await page.waitForTimeout(300);
      }
      const afterScroll = await page.locator('[data-testid^=message-]').count();
      console.log(
        `        after scrolling to the top 5 times: ${afterScroll} message rows in the DOM`,
      );
      await expectChatBelowTopBar(page);
      await ctx.screenshot('chat-5000');
      await api(ctx, 'DELETE', `/api/v1/conversations/${id}`);
    },
  },
  {
    name: 'lyric-editor-structure-improve-cleanup-handoff',
    async run(ctx) {
      const { page } = ctx;
      await requireChat(ctx);
      await open(ctx, '/lyrics');
      await page.getByTestId('lyric-title').fill(`Rain song ${unique()}`);
      await page.getByTestId('lyric-style').fill('melancholic indie folk');
      await page
        .getByTestId('lyric-text')
        .fill(
          'rain on the roof\nand a song in my head\n\n“la la”   the chorus\n\nsecond verse here\n\nchorus again\n\na bridge\n\nlast chorus',
        );
      await page.getByTestId('apply-structure').click();
      // the textarea shows the new text on the next render, not within the click
      await settled(page, () =>
        document.querySelector('[data-testid=lyric-text]')?.value.startsWith('**Verse 1**'),
      );
      let text = await page.getByTestId('lyric-text').inputValue();
      expect(text.startsWith('**Verse 1**\nrain on the roof'), `structure applied: ${text}`);
      expect(text.includes('**Verse 2**'), 'verses are numbered');
      await ctx.screenshot('lyrics-structured');

      await page.getByTestId('section-list').getByText('Chorus').first().click();
      await page.getByTestId('ai-improve-section').click();
      await page.getByTestId('suggestion').waitFor();
      await ctx.screenshot('lyrics-suggestion');
      await page.getByTestId('accept-suggestion').click();
      await settled(
        page,
        (before) => document.querySelector('[data-testid=lyric-text]')?.value !== before,
        text,
      );
      const improved = await page.getByTestId('lyric-text').inputValue();
      expect(improved !== text, 'the accepted suggestion changed the lyrics');

      await page.getByTestId('cleanup').click();
      await page.waitForFunction(
        (before) => document.querySelector('[data-testid=lyric-text]')?.value !== before,
        improved,
      );
      text = await page.getByTestId('lyric-text').inputValue();
      expect(!text.includes('“'), `the cleanup rules straightened the quotes: ${text}`);
      await ctx.screenshot('lyrics-cleaned');
      await page.getByTestId('undo').click();
      await settled(
        page,
        (expected) => document.querySelector('[data-testid=lyric-text]')?.value === expected,
        improved,
      );
      expect(
        (await page.getByTestId('lyric-text').inputValue()) === improved,
        'undo restores the text before the cleanup',
      );

      await page.getByTestId('to-song-generator').click();
      await page.waitForURL(/\/songs\/generate\?sketch=/);
      await ctx.screenshot('lyrics-handed-off');
    },
  },
  {
    name: 'lyric-rule-in-test-area',
    async run(ctx) {
      const { page } = ctx;
      await open(ctx, '/lyric-rules');
      if ((await page.getByTestId('new-rule').count()) === 0) {
        ctx.skip('the e2e account is not an admin');
      }
      const name = `Zebra to horse ${unique()}`;
      await page.getByTestId('new-rule').click();
      await page.getByTestId('rule-name').fill(name);
      await page.getByTestId('rule-pattern').fill('zebra');
      await page.getByTestId('rule-replacement').fill('horse');
      await page.getByTestId('save-rule').click();
      await page.getByTestId('rule-list').getByText(name).waitFor();
      await page.getByTestId('rule-sample').fill('a zebra here');
      await page.getByTestId('rule-result').filter({ hasText: 'a horse here' }).waitFor();
      await page.getByTestId('rule-applied').filter({ hasText: name }).waitFor();
      await ctx.screenshot('lyric-rules');
      // Rules are global: remove the test rule again.
      const list = await (await api(ctx, 'GET', '/api/v1/lyric-parsing-rules?limit=100')).json();
      const rule = list.items.find((r) => r.name === name);
      await api(ctx, 'DELETE', `/api/v1/lyric-parsing-rules/${rule.id}`);
    },
  },
  {
    name: 'music-style-template-try-it',
    async run(ctx) {
      const { page } = ctx;
      await requireChat(ctx);
      await open(ctx, '/music-style-prompts');
      await page.getByTestId('template-list').getByText('songs/enhance-style').click();
      await page.getByTestId('try-input').fill('dreamy synth pop');
      await page.getByTestId('try-it').click();
      await page.getByTestId('try-answer').waitFor();
      await ctx.screenshot('music-style-prompts');
    },
  },
  {
    name: 'prompt-template-create-try-delete',
    async run(ctx) {
      const { page } = ctx;
      await requireChat(ctx);
      await open(ctx, '/prompt-templates');
      if ((await page.getByTestId('new-template').count()) === 0) {
        ctx.skip('the e2e account is not an admin');
      }
      const action = `e2e-${unique()}`;
      await page.getByTestId('template-list').waitFor();
      await page.getByTestId('new-template').click();
      await page.getByTestId('template-category').fill('e2e');
      await page.getByTestId('template-action').fill(action);
      await page.getByTestId('template-model').fill('llama3.2:3b');
      await page.getByTestId('pre-condition').fill('Answer in one line:');
      await page.getByTestId('save-template').click();
      await page.getByTestId('template-list').getByText(`e2e/${action}`).waitFor();
      await page.getByTestId('try-input').fill('a song about rain');
      await page.getByTestId('try-it').click();
      await page.getByTestId('try-answer').waitFor();
      await ctx.screenshot('prompt-template-created');
      const answer = await api(ctx, 'DELETE', `/api/v1/prompts/e2e/${action}`);
      expect(answer.status() === 204, `deleting the test template answered ${answer.status()}`);
    },
  },
  {
    name: 'equipment-licence-key-masked-and-revealed',
    async run(ctx) {
      const { page } = ctx;
      await open(ctx, '/equipment/new');
      const name = `Serum ${unique()}`;
      await page.getByTestId('equipment-name').fill(name);
      await page.getByTestId('equipment-license_management').click();
      await page.getByRole('option', { name: 'Licence key' }).click();
      await page.getByTestId('equipment-license_key').fill('SERUM-1234-XYZ');
      await page.getByTestId('save-equipment').click();
      await page.waitForURL(/\/equipment\?id=/);
      const secret = page.getByTestId('secret-license_key');
      await secret.waitFor();
      expect((await secret.innerText()).includes('••••'), 'the licence key is masked');
      await ctx.screenshot('equipment-masked');
      await page.getByTestId('reveal-license_key').click();
      // Revealing asks catalog-service for the secret; its answer arrives after the click.
      await settled(
        page,
        () =>
          document.querySelector('[data-testid=secret-license_key]')?.textContent?.trim() ===
          'SERUM-1234-XYZ',
      );
      expect((await secret.innerText()) === 'SERUM-1234-XYZ', 'reveal shows the licence key');
      await ctx.screenshot('equipment-revealed');
    },
  },
  {
    name: 'profile-costs',
    async run(ctx) {
      const { page } = ctx;
      await open(ctx, '/profile');
      await page.getByTestId('costs').waitFor();
      await Promise.race([
        page.getByTestId('costs-current').waitFor(),
        page.getByTestId('costs-error').waitFor(),
      ]);
      await ctx.screenshot('profile-costs');
      if ((await page.getByTestId('costs-current').count()) === 0) {
        ctx.skip(`no costs: ${await page.getByTestId('costs-error').innerText()}`);
      }
    },
  },
  {
    name: 'part-2-pages-in-german',
    async run(ctx) {
      const { page } = ctx;
      await open(ctx, '/profile');
      await page.getByTestId('lang-de').click();
      for (const [path, heading] of [
        ['/chat/ollama', 'KI-Chat (Ollama)'],
        ['/chat/openai', 'OpenAI-Chat'],
        ['/lyrics', 'Songtext-Editor'],
        ['/lyric-rules', 'Songtext-Regeln'],
        ['/prompt-templates', 'Prompt-Vorlagen'],
        ['/music-style-prompts', 'Musikstil-Prompts'],
        ['/equipment', 'Ausstattung'],
        ['/equipment/new', 'Neue Ausstattung'],
        ['/profile', 'Profil'],
      ]) {
        await open(ctx, path);
        await page.getByRole('heading', { name: heading, exact: true }).waitFor();
        await ctx.screenshot(`de${path.replaceAll('/', '-')}`);
      }
      await page.getByTestId('lang-en').click();
    },
  },
];
