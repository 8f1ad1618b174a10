#!/usr/bin/env node
// The provider contract: the simulator (deploy/mock) driven by the official `openai` and `ollama`
// npm clients (versions pinned in package.json), and every JSON it answers type-checked against
// those clients' own type definitions with tsc. With --journal it also checks what the services
// really sent the simulator (its request journal, filled by the end-to-end run) against the same
// types, plus the GPT Image rules the `openai` package documents in prose (legacy DALL-E fields).
//
//   node contract.mjs http://127.0.0.1:8090 [--journal]
//
// Prints one line per check and "N passed, N failed"; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ollama } from 'ollama';
import OpenAI from 'openai';

const here = dirname(fileURLToPath(import.meta.url));
const base = (process.argv[2] ?? 'http://127.0.0.1:8090').replace(/\/$/, '');
const withJournal = process.argv.includes('--journal');
// The simulator's key (LocalStack.SIMULATOR_OPENAI_KEY); no retries, so a refusal is seen once.
const openai = new OpenAI({ apiKey: 'sk-local-simulator', baseURL: `${base}/v1`, maxRetries: 0 });
const ollama = new Ollama({ host: base });

let passed = 0;
let failed = 0;
/** Values to type-check: { type, value, where }. `type` is a TypeScript type expression. */
const typed = [];

async function check(name, run) {
  try {
    await run();
    passed++;
    console.log(`  ok    ${name}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}: ${error.message}`);
  }
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

/**
 * Values of one shape are checked once: long texts cut (their type is all that counts), long
 * arrays cut to their first and last elements, then deduplicated, so 5,000 chat requests of one
 * form cost one line.
 */
const seen = new Set();
function shape(value) {
  if (typeof value === 'string') {
    return value.length > 40 ? value.slice(0, 40) : value;
  }
  if (Array.isArray(value)) {
    const kept = value.length > 4 ? [...value.slice(0, 3), value.at(-1)] : value;
    return kept.map(shape);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)]));
  }
  return value;
}

function expectType(type, value, where) {
  const shaped = shape(value);
  const key = `${type} ${JSON.stringify(shaped)}`;
  if (!seen.has(key)) {
    seen.add(key);
    typed.push({ type, value: shaped, where });
  }
}

/** A refusal must reach the client as the API's error, with its status, code and param. */
async function refused(call, status, code, param) {
  try {
    await call();
  } catch (error) {
    assert(error instanceof OpenAI.APIError, `not an APIError: ${error}`);
    assert(error.status === status, `status ${error.status}, expected ${status}`);
    assert(error.code === code, `code ${error.code}, expected ${code}`);
    assert(error.param === param, `param ${error.param}, expected ${param}`);
    expectType('ErrorBody', { error: error.error }, `${code} error body`);
    return;
  }
  throw new Error('the simulator accepted it');
}

// ---- What the services sent (before our own calls join the journal) -------------------------

/**
 * GPT Image refuses what only the retired DALL-E models took; the types still list these values
 * (marked deprecated or documented in prose), so tsc alone cannot tell.
 */
const GPT_IMAGE_LEGACY = {
  response_format: () => 'GPT Image always answers Base64 and refuses response_format',
  style: () => 'GPT Image has no style parameter',
  quality: (v) => (['standard', 'hd'].includes(v) ? `quality ${v} is DALL-E's` : null),
  size: (v) =>
    ['256x256', '512x512', '1792x1024', '1024x1792'].includes(v) ? `size ${v} is DALL-E's` : null,
  model: (v) => (/^dall-e-/.test(v) ? `${v} was shut down on 2026-05-12` : null),
};

const JOURNAL_TYPES = {
  'POST /v1/images/generations': 'ImageGenerateParamsNonStreaming',
  'POST /v1/chat/completions': 'ChatCompletionCreateParams',
  'POST /api/chat': 'Wire<ChatRequest>',
  'POST /api/generate': 'Wire<GenerateRequest>',
  'POST /api/show': 'Wire<ShowRequest>',
};

/**
 * The requests a service sent to one endpoint (WireMock's find: requests only, no answers), up to
 * 32 KB each: the chat flows send thousands of ever longer histories, whose shape is that of the
 * short ones, and serialising them all would exhaust the simulator's heap.
 */
async function sentTo(key) {
  const [method, url] = key.split(' ');
  const found = await fetch(`${base}/__admin/requests/find`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      method,
      urlPath: url,
      bodyPatterns: [{ matches: '(?s).{0,32768}' }],
    }),
  });
  if (!found.ok) {
    const why = (await found.text()).slice(0, 2000);
    throw new Error(`the journal answered ${found.status} for ${key} (SIMULATOR_JOURNAL set?): ${why}`);
  }
  return (await found.json()).requests;
}

async function checkJournal() {
  const counts = {};
  for (const [key, type] of Object.entries(JOURNAL_TYPES)) {
    const requests = await sentTo(key);
    counts[key] = requests.length;
    for (const request of requests) {
      const body = JSON.parse(request.body);
      expectType(type, body, `${key} sent by a service (${request.loggedDateString})`);
      if (key === 'POST /v1/images/generations') {
        const problems = Object.entries(GPT_IMAGE_LEGACY)
          .filter(([field]) => field in body)
          .map(([field, rule]) => rule(body[field]))
          .filter(Boolean);
        await check(`image-service request ${body.model} ${body.quality} ${body.size}`, () =>
          assert(problems.length === 0, problems.join('; ')),
        );
      }
    }
  }
  for (const key of ['POST /v1/images/generations', 'POST /v1/chat/completions', 'POST /api/chat']) {
    await check(`the journal holds ${key} from the services`, () =>
      assert(counts[key] > 0, 'none: did the end-to-end run reach the simulator?'),
    );
  }
  console.log(`  (journal: ${JSON.stringify(counts)})`);
}

// ---- OpenAI ----------------------------------------------------------------------------------

async function checkOpenAi() {
  await check('models.list pages through the catalogue with shutdown dates', async () => {
    const models = [];
    for await (const model of openai.models.list()) {
      models.push(model);
      expectType('Model', model, `models.list ${model.id}`);
    }
    const ids = models.map((m) => m.id);
    assert(ids.includes('gpt-image-2.6-sunburst'), 'no gpt-image-2.6-sunburst');
    assert(!ids.some((id) => id.startsWith('dall-e')), 'a retired DALL-E model is listed');
    assert(
      models.find((m) => m.id === 'gpt-4o')?.shutdown_date === '2027-01-14',
      'gpt-4o has not its announced shutdown date',
    );
  });

  const formats = { png: [0x89, 0x50], webp: [0x52, 0x49], jpeg: [0xff, 0xd8] };
  for (const [model, quality] of [
    ['gpt-image-2.6-sunburst', 'auto'],
    ['gpt-image-2.5-flare', 'max'],
    ['gpt-image-1.5', 'low'],
  ]) {
    for (const output_format of Object.keys(formats)) {
      for (const background of output_format === 'jpeg' ? ['opaque'] : ['opaque', 'transparent']) {
        const params = { model, prompt: 'a tape machine', quality, output_format, background };
        if (output_format !== 'png') {
          params.output_compression = 80;
        }
        await check(`images.generate ${model} ${quality} ${output_format} ${background}`, async () => {
          const answer = await openai.images.generate({ ...params, size: '1536x1024' });
          const image = Buffer.from(answer.data[0].b64_json, 'base64');
          assert(
            image[0] === formats[output_format][0] && image[1] === formats[output_format][1],
            `not a ${output_format} image`,
          );
          assert(answer.output_format === output_format, `output_format ${answer.output_format}`);
          assert(answer.background === background, `background ${answer.background}`);
          assert(answer.size === '1536x1024', `size ${answer.size}`);
          assert(answer.usage.total_tokens > answer.usage.output_tokens, 'usage without input');
          expectType('ImagesResponse', answer, `images.generate ${model} ${output_format}`);
        });
      }
    }
  }
  const gptImage = { model: 'gpt-image-2.6-sunburst', prompt: 'a tape machine' };
  await check('images.generate refuses response_format (unknown parameter)', () =>
    refused(
      () => openai.images.generate({ ...gptImage, response_format: 'b64_json' }),
      400,
      'unknown_parameter',
      'response_format',
    ),
  );
  await check('images.generate refuses style (unknown parameter)', () =>
    refused(
      () => openai.images.generate({ ...gptImage, style: 'vivid' }),
      400,
      'unknown_parameter',
      'style',
    ),
  );
  await check("images.generate refuses DALL-E's quality hd", () =>
    refused(() => openai.images.generate({ ...gptImage, quality: 'hd' }), 400, 'invalid_value', 'quality'),
  );
  await check('images.generate refuses max for a model without it', () =>
    refused(() => openai.images.generate({ ...gptImage, quality: 'max' }), 400, 'invalid_value', 'quality'),
  );
  await check("images.generate refuses DALL-E's size 1792x1024", () =>
    refused(() => openai.images.generate({ ...gptImage, size: '1792x1024' }), 400, 'invalid_value', 'size'),
  );
  await check('images.generate refuses a transparent JPEG', () =>
    refused(
      () => openai.images.generate({ ...gptImage, background: 'transparent', output_format: 'jpeg' }),
      400,
      'invalid_value',
      'background',
    ),
  );
  await check('images.generate refuses output_compression for PNG', () =>
    refused(
      () => openai.images.generate({ ...gptImage, output_compression: 50 }),
      400,
      'invalid_value',
      'output_compression',
    ),
  );
  for (const model of ['dall-e-3', 'dall-e-2', 'gpt-image-1']) {
    await check(`images.generate refuses the retired ${model}`, () =>
      refused(() => openai.images.generate({ ...gptImage, model }), 404, 'model_not_found', null),
    );
  }

  const messages = [{ role: 'user', content: 'Hello' }];
  await check('chat.completions.create answers a typed completion', async () => {
    const completion = await openai.chat.completions.create({ model: 'gpt-5.4-mini', messages });
    assert(completion.choices[0].message.content.length > 0, 'no content');
    expectType('ChatCompletion', completion, 'chat completion');
  });
  await check('chat.completions.create streams typed chunks with usage', async () => {
    const stream = await openai.chat.completions.create({
      model: 'gpt-5.4-mini',
      messages,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = '';
    let usage = null;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      usage = chunk.usage ?? usage;
      expectType('ChatCompletionChunk', chunk, 'chat completion chunk');
    }
    assert(text.length > 0, 'no streamed text');
    assert(usage?.total_tokens > 0, 'no usage chunk');
  });
  await check('a wrong key is an AuthenticationError', async () => {
    const wrong = new OpenAI({ apiKey: 'sk-invalid', baseURL: `${base}/v1`, maxRetries: 0 });
    try {
      await wrong.models.list();
    } catch (error) {
      assert(error instanceof OpenAI.AuthenticationError, `${error}`);
      assert(error.code === 'invalid_api_key', `code ${error.code}`);
      return;
    }
    throw new Error('accepted');
  });
}

// ---- Ollama ----------------------------------------------------------------------------------

async function checkOllama() {
  let model = '';
  await check('ollama.list answers typed models', async () => {
    const list = await ollama.list();
    assert(list.models.length > 0, 'no models');
    model = list.models[0].name;
    expectType('Wire<ListResponse>', list, 'ollama.list');
  });
  await check('ollama.show answers the model and its context length', async () => {
    const shown = await ollama.show({ model });
    assert(Object.keys(shown.model_info).some((k) => k.endsWith('.context_length')), 'no window');
    expectType('Wire<ShowResponse>', shown, `ollama.show ${model}`);
  });
  await check('ollama.generate answers typed text', async () => {
    const generated = await ollama.generate({ model, prompt: 'Hello', stream: false });
    assert(generated.response.trim().length > 0, 'no response');
    expectType('Wire<GenerateResponse>', generated, 'ollama.generate');
  });
  await check('ollama.chat streams typed parts to done', async () => {
    const stream = await ollama.chat({ model, messages: [{ role: 'user', content: 'Hi' }], stream: true });
    let text = '';
    let done = false;
    for await (const part of stream) {
      text += part.message.content;
      done = part.done;
      expectType('Wire<ChatResponse>', part, 'ollama.chat part');
    }
    assert(done && text.length > 0, 'the stream did not end with done');
  });
}

// ---- Type check ------------------------------------------------------------------------------

/** One `const` per value, one per line, so a tsc error's line names the value. */
function typeCheck() {
  const work = join(here, '.work');
  mkdirSync(work, { recursive: true });
  const header = [
    "import type { ImageGenerateParamsNonStreaming, ImagesResponse } from 'openai/resources/images';",
    "import type { Model } from 'openai/resources/models';",
    "import type { ChatCompletion, ChatCompletionChunk, ChatCompletionCreateParams } from 'openai/resources/chat/completions';",
    "import type { ChatRequest, ChatResponse, GenerateRequest, GenerateResponse, ListResponse, ShowRequest, ShowResponse } from 'ollama';",
    '/** OpenAI error bodies: {"error": {message, type, param, code}}. */',
    'type ErrorBody = { error: { message: string; type: string; param: string | null; code: string | null } };',
    // ollama's types name the parsed shape (Date, Map) and list fields real Ollama leaves out;
    // on the wire they are strings and objects, and every field may be absent. Unknown fields
    // and wrong types still fail.
    'type Wire<T> = T extends Date ? string : T extends Map<string, infer V> ? Record<string, V> : T extends (infer U)[] ? Wire<U>[] : T extends object ? { [K in keyof T]?: Wire<T[K]> } : T;',
  ];
  const lines = typed.map(({ type, value }, i) => {
    return `export const value${i}: ${type} = ${JSON.stringify(value)};`;
  });
  writeFileSync(join(work, 'checks.ts'), [...header, ...lines].join('\n') + '\n');
  const tsc = join(here, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', join(here, 'tsconfig.json')], { encoding: 'utf8' });
    passed++;
    console.log(`  ok    ${typed.length} shapes of answers and requests match the clients' types`);
  } catch (error) {
    const errors = String(error.stdout).split('\n').filter((l) => /error TS/.test(l));
    for (const line of errors) {
      const at = Number(/checks\.ts\((\d+),/.exec(line)?.[1] ?? 0) - header.length - 1;
      failed++;
      console.log(`  FAIL  ${typed[at]?.where ?? 'checks.ts'}: ${line.replace(/^.*error /, '')}`);
    }
    if (errors.length === 0) {
      failed++;
      console.log(`  FAIL  tsc: ${error.stdout || error.message}`);
    }
  }
}

const version = (name) =>
  JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
console.log(`[contract] simulator at ${base}; openai ${version('openai')}, ollama ${version('ollama')}`);
if (withJournal) {
  await checkJournal();
}
await checkOpenAi();
await checkOllama();
typeCheck();
console.log(`[contract] ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
