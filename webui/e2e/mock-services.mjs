// Browser-side stand-ins for image-service and song-service, for running the image and song
// flows before those services are part of the stack (E2E_MOCK=image,song). They answer with the
// JSON shapes of the services' committed REST records (ImageView, TaskStatus, SongDetail, ...)
// and the simulator's scenarios (0001 succeeds, 0002 → 502 provider error). They verify the UI,
// not the services: a run with real services is the one that counts.
import { Buffer } from 'node:buffer';
import { randomUUID } from 'node:crypto';

const json = (route, status, body) =>
  route.fulfill({ status, contentType: 'application/json', body: JSON.stringify(body) });

const problem = (route, status, detail) =>
  route.fulfill({
    status,
    contentType: 'application/problem+json',
    body: JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status, detail, errors: [] }),
  });

/** A daily budget (GET …/budget) with what the mock has made so far counted against it. */
function budget(limit, used) {
  const resetsAt = new Date();
  resetsAt.setUTCHours(24, 0, 0, 0);
  return {
    limit,
    used,
    remaining: Math.max(0, limit - used),
    resets_at: resetsAt.toISOString(),
    unlimited: false,
  };
}

/** A 1024x1024 PNG painted by the browser itself (no image files in the repository). */
async function paintPng(context) {
  const page = await context.newPage();
  const dataUrl = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1024;
    canvas.height = 1024;
    const g = canvas.getContext('2d');
    const gradient = g.createLinearGradient(0, 0, 1024, 1024);
    gradient.addColorStop(0, '#1a237e');
    gradient.addColorStop(1, '#e91e63');
    g.fillStyle = gradient;
    g.fillRect(0, 0, 1024, 1024);
    return canvas.toDataURL('image/png');
  });
  await page.close();
  return Buffer.from(dataUrl.split(',')[1], 'base64');
}

/** One second of silence as a WAV file, for the audio player. */
function silentWav() {
  const rate = 8000;
  const data = Buffer.alloc(rate);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVEfmt ', 8);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data.fill(128)]);
}

export async function installMocks(context, services) {
  if (services.includes('image')) {
    await mockImages(context, await paintPng(context));
  }
  if (services.includes('song')) {
    await mockSongs(context);
  }
}

async function mockImages(context, png) {
  const images = [];
  const now = () => new Date().toISOString();
  const view = (fields) => ({
    id: randomUUID(),
    title: null,
    user_prompt: null,
    prompt: '',
    enhanced_prompt: null,
    revised_prompt: null,
    model: 'dall-e-3',
    size: '1024x1024',
    quality: 'standard',
    artistic_style: null,
    composition: null,
    lighting: null,
    color_palette: null,
    detail_level: null,
    tags: [],
    starred: false,
    storage_backend: 'filesystem',
    width: 1024,
    height: 1024,
    bytes: png.length,
    text_overlay_metadata: null,
    source_image_id: null,
    has_overlay: false,
    created_at: now(),
    updated_at: now(),
    ...fields,
  });
  const page = (items, url) => {
    const limit = Number(url.searchParams.get('limit') ?? 20);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    return { items: items.slice(offset, offset + limit), total: items.length, limit, offset };
  };
  await context.route('**/mock-media/**', (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: png }),
  );
  await context.route('**/api/v1/image/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace('/api/v1/image/', '');
    const method = request.method();
    if (method === 'POST' && path === 'generate') {
      const body = request.postDataJSON();
      if (body.prompt.includes('0002')) {
        return problem(route, 502, 'OpenAI refused the request: invalid token (401)');
      }
      const id = randomUUID();
      const image = view({
        id,
        ...body,
        enhanced_prompt: body.prompt,
        revised_prompt: `A detailed rendering of: ${body.prompt}`,
        url: `/mock-media/${id}.png`,
      });
      images.unshift(image);
      return json(route, 201, image);
    }
    if (method === 'POST' && path === 'add-text-overlay') {
      const body = request.postDataJSON();
      const source = images.find((i) => i.id === body.image_id);
      const id = randomUUID();
      const image = view({
        ...source,
        id,
        title: body.title,
        source_image_id: body.image_id,
        text_overlay_metadata: body,
        has_overlay: true,
        url: `/mock-media/${id}.png`,
      });
      images.unshift(image);
      return json(route, 201, image);
    }
    if (method === 'GET' && path === 'list') {
      return json(route, 200, page(images, url));
    }
    if (method === 'GET' && path === 'budget') {
      return json(route, 200, budget(50, images.length));
    }
    if (method === 'GET' && path === 'list-for-text-overlay') {
      const candidates = images.filter((i) => !i.has_overlay);
      return json(route, 200, page(candidates, url));
    }
    const image = images.find((i) => i.id === path.split('/')[0]);
    if (!image) {
      return problem(route, 404, 'no such image');
    }
    if (method === 'GET' && path.endsWith('/download')) {
      return route.fulfill({ status: 200, contentType: 'image/png', body: png });
    }
    if (method === 'PUT') {
      Object.assign(image, request.postDataJSON());
    }
    return json(route, 200, image);
  });
}

async function mockSongs(context) {
  const songs = [];
  const polls = new Map();
  const wav = silentWav();
  const choice = (index) => ({
    id: randomUUID(),
    index,
    duration_ms: 1000,
    title: null,
    rating: null,
    archived: true,
    has_flac: true,
    has_wav: false,
    lyrics_sections: null,
  });
  const status = (song) => ({
    task_id: song.task_id,
    song_id: song.id,
    status: song.status,
    mureka_status: song.mureka_status,
    progress_info: song.progress_info,
    failed_reason: song.failed_reason,
    song,
  });
  /** Each status read moves the job on: PENDING → PROGRESS → SUCCESS with two choices. */
  const advance = (song) => {
    const n = (polls.get(song.id) ?? 0) + 1;
    polls.set(song.id, n);
    if (song.status === 'CANCELLED' || song.status === 'SUCCESS') {
      return;
    }
    if (n >= 2) {
      Object.assign(song, { status: 'SUCCESS', mureka_status: 'succeeded', progress_info: null });
      song.choices = [choice(0), choice(1)];
      song.completed_at = new Date().toISOString();
    } else {
      Object.assign(song, {
        status: 'PROGRESS',
        mureka_status: 'running',
        progress_info: 'running',
      });
    }
  };
  await context.route('**/mock-audio/**', (route) =>
    route.fulfill({ status: 200, contentType: 'audio/wav', body: wav }),
  );
  await context.route('**/api/v1/song/**', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    const path = url.pathname.replace('/api/v1/song/', '');
    const method = request.method();
    if (method === 'POST' && (path === 'generate' || path === 'generate-instrumental')) {
      const body = request.postDataJSON();
      const song = {
        id: randomUUID(),
        task_id: randomUUID(),
        title: body.title ?? null,
        lyrics: body.lyrics ?? null,
        prompt: body.prompt,
        model: body.model,
        is_instrumental: path !== 'generate',
        sketch_id: body.sketch_id ?? null,
        tags: [],
        workflow: 'onWork',
        status: 'PENDING',
        mureka_task_id: null,
        mureka_status: null,
        progress_info: null,
        failed_reason: null,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
        completed_at: null,
        choices: [],
      };
      songs.unshift(song);
      return json(route, 202, { task_id: song.task_id, song_id: song.id, status: 'PENDING' });
    }
    if (path === 'events') {
      // No stream here: the UI falls back to polling the status, as it does when SSE is cut.
      return route.fulfill({ status: 503, body: '' });
    }
    if (path.startsWith('task/status/')) {
      const song = songs.find((s) => s.task_id === path.split('/')[2]);
      if (!song) {
        return problem(route, 404, 'unknown task');
      }
      advance(song);
      return json(route, 200, status(song));
    }
    if (path === 'budget') {
      return json(route, 200, budget(20, songs.length));
    }
    if (path === 'task/queue-status') {
      return json(route, 200, {
        active: songs.filter((s) => s.status === 'PROGRESS').length,
        pending: 0,
        completed: songs.filter((s) => s.status === 'SUCCESS').length,
        failed: 0,
        cancelled: 0,
        slots_in_use: 0,
        slots_max: 5,
        worker: 'online',
        workers: 1,
      });
    }
    if (path === 'mureka-account') {
      return json(route, 200, {
        account_id: 1,
        balance: 12345,
        total_recharge: 20000,
        total_spending: 7655,
        concurrent_request_limit: 5,
      });
    }
    if (path === 'list') {
      const limit = Number(url.searchParams.get('limit') ?? 20);
      return json(route, 200, {
        items: songs.slice(0, limit),
        total: songs.length,
        limit,
        offset: 0,
      });
    }
    const choiceMatch = path.match(/^choice\/([^/]+)\/(rating|audio)$/);
    if (choiceMatch) {
      const found = songs.flatMap((s) => s.choices).find((c) => c.id === choiceMatch[1]);
      if (!found) {
        return problem(route, 404, 'unknown choice');
      }
      if (choiceMatch[2] === 'rating') {
        found.rating = request.postDataJSON().rating;
        return json(route, 200, found);
      }
      const format = url.searchParams.get('format') ?? 'mp3';
      return json(route, 200, {
        url: `/mock-audio/${found.id}.wav`,
        format,
        archived: true,
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
      });
    }
    const song = songs.find((s) => s.id === path);
    if (!song) {
      return problem(route, 404, 'unknown song');
    }
    if (method === 'PUT') {
      Object.assign(song, request.postDataJSON());
    }
    return json(route, 200, song);
  });
}
