import { describe, expect, it } from 'vitest';
import { EventParser } from './eventStream';

describe('reading Server-Sent Events from a fetched stream', () => {
  it('joins an event split across chunks and multi-line data', () => {
    const parser = new EventParser();
    expect(parser.push('event: board\nda')).toEqual([]);
    expect(parser.push('ta: {"a":1}\ndata: {"b":2}\n\n')).toEqual([{ event: 'board', data: '{"a":1}\n{"b":2}', id: undefined }]);
  });

  it('skips comments (keep-alives) and reads several events of one chunk, with CRLF line ends', () => {
    const parser = new EventParser();
    expect(parser.push(':keep-alive\r\n\r\nid: 7\r\ndata: x\r\n\r\ndata:y\r\n\r\n')).toEqual([
      { event: 'message', data: 'x', id: '7' },
      { event: 'message', data: 'y', id: undefined },
    ]);
  });
});
