import { authorization } from './http';

// A live view over Server-Sent Events read with fetch, so the bearer token travels in the Authorization
// header: the browser's EventSource cannot send one, and a token in the URL would end up in logs.

export interface ServerEvent {
  event: string;
  data: string;
  id?: string;
}

/** Splits an SSE byte stream's text into events; keeps the unfinished tail for the next chunk. */
export class EventParser {
  private buffer = '';

  push(chunk: string): ServerEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const events: ServerEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event = parseBlock(block);
      if (event) {
        events.push(event);
      }
    }
    return events;
  }
}

function parseBlock(block: string): ServerEvent | null {
  let event = 'message';
  let id: string | undefined;
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line === '' || line.startsWith(':')) {
      continue;
    }
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) {
      value = value.slice(1);
    }
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
    else if (field === 'id') id = value;
  }
  return data.length === 0 ? null : { event, data: data.join('\n'), id };
}

/**
 * Follows a stream until stopped, reconnecting after a pause when it ends or fails (the token may have
 * been refreshed meanwhile: each connection sends the current one). Returns the function that stops it.
 */
export function follow(path: string, onEvent: (event: ServerEvent) => void, retryMs = 2000): () => void {
  let stopped = false;
  let controller = new AbortController();
  const run = async () => {
    while (!stopped) {
      controller = new AbortController();
      try {
        const response = await fetch(path, {
          headers: { Accept: 'text/event-stream', ...authorization() },
          credentials: 'same-origin',
          signal: controller.signal,
        });
        if (response.ok && response.body) {
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
          const parser = new EventParser();
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            parser.push(value).forEach(onEvent);
          }
        }
      } catch {
        // a dropped connection or a stop: reconnect below unless stopped
      }
      if (!stopped) {
        await new Promise((resolve) => setTimeout(resolve, retryMs));
      }
    }
  };
  void run();
  return () => {
    stopped = true;
    controller.abort();
  };
}
