import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin } from './helpers.ts';

const plugin = await loadPlugin('log-normalizer');
const ctx = fakeCtx('log-normalizer');
const ingest = (lines: string[], source?: string) => plugin.ingest!(source === undefined ? { lines } : { lines, source }, ctx);
const one = (line: string) => {
  const { events } = ingest([line]);
  expect(events).toHaveLength(1);
  return events[0];
};

describe('log-normalizer ingest: JSON lines', () => {
  it('parses a pino line (numeric level, epoch ms)', () => {
    expect(one('{"level":30,"time":1767225600000,"pid":1,"hostname":"h","msg":"server started"}')).toEqual({
      timestamp: '2026-01-01T00:00:00.000Z',
      level: 'info',
      message: 'server started',
      fields: { pid: 1, hostname: 'h' },
      format: 'json',
    });
  });

  it('parses ECS-style nested level and offset timestamps', () => {
    expect(one('{"@timestamp":"2026-01-01T00:00:00+01:00","log":{"level":"WARNING"},"message":"disk 90%"}')).toMatchObject({
      timestamp: '2025-12-31T23:00:00.000Z',
      level: 'warn',
      message: 'disk 90%',
      format: 'json',
    });
  });

  it.each([
    [10, 'debug'], [20, 'debug'], [30, 'info'], [40, 'warn'], [50, 'error'], [60, 'fatal'],
    [0, 'fatal'], [1, 'fatal'], [2, 'fatal'], [3, 'error'], [4, 'warn'], [5, 'info'], [6, 'info'], [7, 'debug'],
    ['"TRACE"', 'debug'], ['"verbose"', 'debug'], ['"INFO"', 'info'], ['"notice"', 'info'], ['"WARNING"', 'warn'],
    ['"ERR"', 'error'], ['"Error"', 'error'], ['"crit"', 'fatal'], ['"emerg"', 'fatal'], ['"PANIC"', 'fatal'],
    ['"40"', 'warn'], ['"loud"', null], [8, null],
  ])('level %s -> %s', (level, expected) => {
    expect(one(`{"level":${level},"msg":"x"}`).level).toBe(expected);
  });

  it.each([
    ['1767225600', '2026-01-01T00:00:00.000Z'], // seconds
    ['1767225600.25', '2026-01-01T00:00:00.250Z'],
    ['1767225600000', '2026-01-01T00:00:00.000Z'], // milliseconds
    ['1767225600000000', '2026-01-01T00:00:00.000Z'], // microseconds
    ['1767225600000000000', '2026-01-01T00:00:00.000Z'], // nanoseconds
    ['"2026-01-01T00:00:00Z"', '2026-01-01T00:00:00.000Z'],
    ['"2026-01-01 02:00:00.5+0200"', '2026-01-01T00:00:00.500Z'],
    ['"2026-01-01T00:00:00"', '2026-01-01T00:00:00.000Z'], // no offset: UTC
    ['"yesterday"', null],
  ])('timestamp %s -> %s', (ts, expected) => {
    expect(one(`{"ts":${ts},"msg":"x"}`).timestamp).toBe(expected);
  });

  it('counts a line that looks like JSON but is not as a parse error', () => {
    const out = ingest(['{"oops":']);
    expect(out.events[0]).toEqual({
      timestamp: null,
      level: null,
      message: '{"oops":',
      fields: { parseError: expect.stringContaining('invalid JSON') },
      format: 'plain',
    });
    expect(out.stats.errors).toBe(1);
  });
});

describe('log-normalizer ingest: logfmt', () => {
  it('parses quoted values with escapes and maps ts/level/msg', () => {
    expect(one('ts=2026-01-01T00:00:00Z level=ERR msg="db \\"timeout\\"" host=db1 attempt=3 empty=')).toEqual({
      timestamp: '2026-01-01T00:00:00.000Z',
      level: 'error',
      message: 'db "timeout"',
      fields: { host: 'db1', attempt: '3', empty: '' },
      format: 'logfmt',
    });
  });

  it('does not mistake prose with an "=" for logfmt', () => {
    expect(one('User alice set role=admin').format).toBe('plain');
  });
});

describe('log-normalizer ingest: Apache/nginx access logs', () => {
  it('parses the combined format', () => {
    const line =
      '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08 [en] (Win98; I ;Nav)"';
    expect(one(line)).toEqual({
      timestamp: '2000-10-10T20:55:36.000Z',
      level: 'info',
      message: 'GET /apache_pb.gif HTTP/1.0 200',
      fields: {
        remoteAddr: '127.0.0.1', ident: null, user: 'frank', method: 'GET', path: '/apache_pb.gif', protocol: 'HTTP/1.0',
        status: 200, bytes: 2326, referer: 'http://www.example.com/start.html', userAgent: 'Mozilla/4.08 [en] (Win98; I ;Nav)',
      },
      format: 'clf',
    });
  });

  it.each([
    ['200', 'info'],
    ['404', 'warn'],
    ['503', 'error'],
  ])('common format, status %s -> %s', (status, level) => {
    const event = one(`10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] "POST /api HTTP/1.1" ${status} -`);
    expect(event).toMatchObject({ timestamp: '2026-01-01T00:00:00.000Z', level, format: 'clf' });
    expect(event.fields).toMatchObject({ user: null, bytes: null, status: Number(status) });
  });
});

describe('log-normalizer ingest: syslog', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T00:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('parses RFC 5424 with structured data and a BOM', () => {
    const line =
      '<165>1 2003-10-11T22:14:15.003Z mymachine.example.com evntslog - ID47 [exampleSDID@32473 iut="3" eventSource="Application" eventID="1011"][meta q="a\\"b"] \uFEFFAn application event log entry...';
    expect(one(line)).toEqual({
      timestamp: '2003-10-11T22:14:15.003Z',
      level: 'info',
      message: 'An application event log entry...',
      fields: {
        facility: 20, severity: 5, version: 1, hostname: 'mymachine.example.com', appName: 'evntslog', procId: null, msgId: 'ID47',
        structuredData: { 'exampleSDID@32473': { iut: '3', eventSource: 'Application', eventID: '1011' }, meta: { q: 'a"b' } },
      },
      format: 'syslog',
    });
  });

  it('parses RFC 5424 with nil values', () => {
    expect(one('<11>1 - - - - - - disk failure')).toEqual({
      timestamp: null,
      level: 'error',
      message: 'disk failure',
      fields: { facility: 1, severity: 3, version: 1, hostname: null, appName: null, procId: null, msgId: null },
      format: 'syslog',
    });
  });

  it('parses RFC 3164, inferring the year (last year when the date would be in the future)', () => {
    expect(one("<34>Oct 11 22:14:15 mymachine su[230]: 'su root' failed for lonvick on /dev/pts/8")).toEqual({
      timestamp: '2025-10-11T22:14:15.000Z',
      level: 'fatal',
      message: "'su root' failed for lonvick on /dev/pts/8",
      fields: { hostname: 'mymachine', facility: 4, severity: 2, appName: 'su', procId: '230' },
      format: 'syslog',
    });
    expect(one('Feb  5 03:04:05 host CRON[123]: (root) CMD (run-parts)')).toEqual({
      timestamp: '2026-02-05T03:04:05.000Z',
      level: null,
      message: '(root) CMD (run-parts)',
      fields: { hostname: 'host', appName: 'CRON', procId: '123' },
      format: 'syslog',
    });
  });

  it('parses RFC 3164 with an ISO timestamp (rsyslog high precision)', () => {
    expect(one('<12>2026-01-01T00:00:00.123+00:00 web nginx: upstream slow')).toMatchObject({
      timestamp: '2026-01-01T00:00:00.123Z',
      level: 'warn',
      message: 'upstream slow',
      format: 'syslog',
    });
  });
});

describe('log-normalizer ingest: plain text and batch behaviour', () => {
  it.each([
    ['2026-01-01 12:00:00,123 WARN Low memory', { timestamp: '2026-01-01T12:00:00.123Z', level: 'warn', message: 'Low memory' }],
    ['2026-01-01T12:00:00Z [error] something bad', { timestamp: '2026-01-01T12:00:00.000Z', level: 'error', message: 'something bad' }],
    ['ERROR: failed to connect', { timestamp: null, level: 'error', message: 'failed to connect' }],
    ['just a message', { timestamp: null, level: null, message: 'just a message' }],
    ['HTTP request done', { timestamp: null, level: null, message: 'HTTP request done' }],
  ])('%s', (line, expected) => {
    expect(one(line)).toEqual({ ...expected, fields: {}, format: 'plain' });
  });

  it('skips blank lines, tags every event with the source, and counts formats', () => {
    const out = ingest(
      [
        '{"level":"info","msg":"a","source":"self"}',
        '',
        '   ',
        'level=debug msg=b',
        '10.0.0.1 - - [01/Jan/2026:00:00:00 +0000] "GET / HTTP/1.1" 200 5',
        '<14>1 2026-01-01T00:00:00Z h app - - - c',
        'plain d\r\n',
      ],
      'web-1',
    );
    expect(out.events.map((e: any) => [e.format, e.message, e.fields.source])).toEqual([
      ['json', 'a', 'self'], // a line's own field wins
      ['logfmt', 'b', 'web-1'],
      ['clf', 'GET / HTTP/1.1 200', 'web-1'],
      ['syslog', 'c', 'web-1'],
      ['plain', 'plain d', 'web-1'],
    ]);
    expect(out.stats).toEqual({ total: 5, byFormat: { json: 1, logfmt: 1, clf: 1, syslog: 1, plain: 1 }, errors: 0 });
  });

  it.each([
    [null, 'input: expected an object'],
    [{}, 'input.lines: expected an array of strings'],
    [{ lines: 'a\nb' }, 'input.lines: expected an array of strings'],
    [{ lines: ['ok', 3] }, 'input.lines[1]: expected a string'],
    [{ lines: [], source: 5 }, 'input.source: expected a string'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => plugin.ingest!(input, ctx), fragment);
  });

  it('rejects more than 10000 lines per call', () => {
    expectInvalidInput(() => plugin.ingest!({ lines: new Array(10001).fill('x') }, ctx), 'input.lines: expected at most 10000 lines per call, got 10001');
  });
});
