/**
 * A fetch Response streaming the SSE text in chunks of `chunk` characters, cut at awkward places
 * on purpose (inside field names, between the two newlines that end an event).
 */
export function sseResponse(text: string, chunk = 7): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < text.length; i += chunk) {
        controller.enqueue(encoder.encode(text.slice(i, i + chunk)));
      }
      controller.close();
    },
  });
  return new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
}
