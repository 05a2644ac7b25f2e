// Log normalizer: turns raw log lines of mixed formats into one event shape.
// Each line is tried as JSON, syslog (RFC 5424, then RFC 3164), Apache/nginx access log (common or
// combined), logfmt, and finally plain text (with a leading timestamp/level picked off if present).
// Blank lines are skipped. Runs in a bare V8 isolate: ECMAScript built-ins only.

const FORMATS = ['json', 'logfmt', 'clf', 'syslog', 'plain'];
const MAX_LINES = 10000;

// ---- level and timestamp normalisation ----

const LEVEL_ALIASES = {
  trace: 'debug', debug: 'debug', dbg: 'debug', verbose: 'debug', fine: 'debug', finer: 'debug', finest: 'debug',
  info: 'info', inf: 'info', information: 'info', informational: 'info', notice: 'info',
  warn: 'warn', warning: 'warn', wrn: 'warn',
  err: 'error', error: 'error', eror: 'error', severe: 'error',
  crit: 'fatal', critical: 'fatal', alert: 'fatal', emerg: 'fatal', emergency: 'fatal', fatal: 'fatal', panic: 'fatal',
};
// Syslog severities 0..7: emerg, alert, crit, err, warning, notice, info, debug.
const SYSLOG_SEVERITY_LEVELS = ['fatal', 'fatal', 'fatal', 'error', 'warn', 'info', 'info', 'debug'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Numbers 0..7 are syslog severities; 10..60 are pino/bunyan levels (10 trace ... 60 fatal). */
function normalizeLevel(value) {
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) value = Number(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value >= 0 && value <= 7) return SYSLOG_SEVERITY_LEVELS[value];
    if (value >= 10) return value < 30 ? 'debug' : value < 40 ? 'info' : value < 50 ? 'warn' : value < 60 ? 'error' : 'fatal';
    return null;
  }
  if (typeof value !== 'string') return null;
  return LEVEL_ALIASES[value.trim().toLowerCase()] || null;
}

/** Epoch numbers are told apart by magnitude (s, ms, µs, ns); strings without an offset are taken as UTC. */
function normalizeTimestamp(value) {
  if (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim())) value = Number(value);
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    const ms = value > 1e17 ? value / 1e6 : value > 1e14 ? value / 1e3 : value > 1e11 ? value : value * 1000;
    return isoOrNull(ms);
  }
  if (typeof value !== 'string') return null;
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(value.trim());
  if (!match) return null;
  let offset = (match[3] || 'Z').toUpperCase();
  if (/^[+-]\d{4}$/.test(offset)) offset = `${offset.slice(0, 3)}:${offset.slice(3)}`;
  return isoOrNull(Date.parse(`${match[1]}T${match[2].replace(',', '.')}${offset}`));
}

function isoOrNull(ms) {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

function monthIndex(name) {
  return MONTHS.indexOf(name.slice(0, 1).toUpperCase() + name.slice(1, 3).toLowerCase());
}

// ---- format parsers: each returns an event without `format`, or null if the line is not that format ----

const JSON_TIME_KEYS = ['timestamp', 'time', 'ts', '@timestamp', 'date', 'datetime'];
const JSON_LEVEL_KEYS = ['level', 'severity', 'lvl', 'loglevel', 'levelname', 'log.level'];
const JSON_MESSAGE_KEYS = ['msg', 'message', '@message', 'text'];

function takeFirst(object, keys) {
  for (const key of keys) {
    if (object[key] !== undefined) {
      const value = object[key];
      delete object[key];
      return value;
    }
  }
  return undefined;
}

function parseJsonLine(line) {
  const object = JSON.parse(line); // the caller turns a SyntaxError into a counted parse error
  if (object === null || typeof object !== 'object' || Array.isArray(object)) throw new SyntaxError('not a JSON object');
  const fields = { ...object };
  // ECS nests the level: {"log": {"level": "warn"}}.
  if (fields.log !== null && typeof fields.log === 'object' && typeof fields.log.level === 'string') fields['log.level'] = fields.log.level;
  const timestamp = takeFirst(fields, JSON_TIME_KEYS);
  const level = takeFirst(fields, JSON_LEVEL_KEYS);
  const message = takeFirst(fields, JSON_MESSAGE_KEYS);
  return {
    timestamp: normalizeTimestamp(timestamp),
    level: normalizeLevel(level),
    message: message === undefined ? '' : typeof message === 'string' ? message : JSON.stringify(message),
    fields,
  };
}

/** Strict logfmt: every space-separated token must be key=value (value bare or "quoted \" escaped"). */
function parseLogfmt(line) {
  const fields = {};
  const pair = /\s*([A-Za-z0-9_.\-\/@]+)=(?:"((?:[^"\\]|\\.)*)"|([^\s"]*))(?=\s|$)/y;
  let pos = 0;
  let count = 0;
  while (pos < line.length) {
    pair.lastIndex = pos;
    const match = pair.exec(line);
    if (!match) {
      if (line.slice(pos).trim() === '') break;
      return null;
    }
    fields[match[1]] = match[2] !== undefined ? match[2].replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)) : match[3];
    pos = pair.lastIndex;
    count++;
  }
  if (count === 0) return null;
  const timestamp = takeFirst(fields, ['ts', 'time', 'timestamp', 't']);
  const level = takeFirst(fields, ['level', 'lvl', 'severity']);
  const message = takeFirst(fields, ['msg', 'message']);
  return { timestamp: normalizeTimestamp(timestamp), level: normalizeLevel(level), message: message || '', fields };
}

const CLF_RE = /^(\S+) (\S+) (\S+) \[([^\]]+)\] "((?:[^"\\]|\\.)*)" (\d{3}) (\d+|-)(?: "((?:[^"\\]|\\.)*)" "((?:[^"\\]|\\.)*)")?(.*)$/;

/** "10/Oct/2000:13:55:36 -0700" → ISO in UTC. */
function parseClfTime(text) {
  const m = /^(\d{2})\/([A-Za-z]{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/.exec(text);
  if (!m || monthIndex(m[2]) < 0) return null;
  const offsetMinutes = (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  const local = Date.UTC(Number(m[3]), monthIndex(m[2]), Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
  return isoOrNull(local - offsetMinutes * 60000);
}

function parseClf(line) {
  const m = CLF_RE.exec(line);
  if (!m) return null;
  const [, remoteAddr, ident, user, time, request, status, bytes, referer, userAgent, rest] = m;
  const requestParts = /^(\S+) (\S+)(?: (\S+))?$/.exec(request);
  const dash = (value) => (value === '-' ? null : value);
  const fields = {
    remoteAddr, ident: dash(ident), user: dash(user),
    method: requestParts ? requestParts[1] : null,
    path: requestParts ? requestParts[2] : null,
    protocol: requestParts && requestParts[3] ? requestParts[3] : null,
    status: Number(status),
    bytes: bytes === '-' ? null : Number(bytes),
  };
  if (referer !== undefined) { fields.referer = dash(referer); fields.userAgent = dash(userAgent); }
  if (rest.trim() !== '') fields.extra = rest.trim(); // e.g. nginx $request_time appended by custom formats
  const code = Number(status);
  return { timestamp: parseClfTime(time), level: code >= 500 ? 'error' : code >= 400 ? 'warn' : 'info', message: `${request} ${status}`, fields };
}

function priorityFields(pri) {
  const priority = Number(pri);
  return { facility: priority >> 3, severity: priority & 7 };
}

/** RFC 5424 STRUCTURED-DATA: "-" or one or more [id name="value" ...] with \" \\ \] escapes. */
function parseStructuredData(text) {
  if (text.startsWith('-')) return { data: {}, rest: text.slice(1) };
  const data = {};
  const element = /^\[([^\s\]=]+)((?:\s+[^\s=\]]+="(?:[^"\\]|\\.)*")*)\s*\]/;
  let rest = text;
  let match;
  while ((match = element.exec(rest))) {
    const params = {};
    for (const p of match[2].matchAll(/([^\s=\]]+)="((?:[^"\\]|\\.)*)"/g)) params[p[1]] = p[2].replace(/\\(["\\\]])/g, '$1');
    data[match[1]] = params;
    rest = rest.slice(match[0].length);
  }
  return rest === text ? null : { data, rest };
}

function parseSyslog5424(line) {
  const m = /^<(\d{1,3})>(\d{1,2}) (\S+) (\S+) (\S+) (\S+) (\S+) (.*)$/.exec(line);
  if (!m) return null;
  const sd = parseStructuredData(m[8]);
  if (!sd) return null;
  const { facility, severity } = priorityFields(m[1]);
  const nil = (value) => (value === '-' ? null : value);
  const fields = { facility, severity, version: Number(m[2]), hostname: nil(m[4]), appName: nil(m[5]), procId: nil(m[6]), msgId: nil(m[7]) };
  if (Object.keys(sd.data).length) fields.structuredData = sd.data;
  return {
    timestamp: m[3] === '-' ? null : normalizeTimestamp(m[3]),
    level: SYSLOG_SEVERITY_LEVELS[severity],
    message: sd.rest.replace(/^ /, '').replace(/^\uFEFF/, ''),
    fields,
  };
}

const SYSLOG_3164_RE = /^(?:<(\d{1,3})>)?(?:([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2})|(\d{4}-\d{2}-\d{2}T\S+)) (\S+) (?:([^\s:\[]+)(?:\[([^\]]+)\])?: )?(.*)$/;

/** RFC 3164 has no year: assume the current one, or last year if that would put the line in the future. */
function syslog3164Time(month, day, hh, mm, ss, now) {
  const index = monthIndex(month);
  if (index < 0) return null;
  let ms = Date.UTC(now.getUTCFullYear(), index, Number(day), Number(hh), Number(mm), Number(ss));
  if (ms > now.getTime() + 86400000) ms = Date.UTC(now.getUTCFullYear() - 1, index, Number(day), Number(hh), Number(mm), Number(ss));
  return isoOrNull(ms);
}

function parseSyslog3164(line, now) {
  const m = SYSLOG_3164_RE.exec(line);
  if (!m || (m[2] !== undefined && monthIndex(m[2]) < 0)) return null;
  const [, pri, month, day, hh, mm, ss, isoTime, hostname, tag, procId, message] = m;
  const fields = { hostname };
  let level = null;
  if (pri !== undefined) {
    const { facility, severity } = priorityFields(pri);
    Object.assign(fields, { facility, severity });
    level = SYSLOG_SEVERITY_LEVELS[severity];
  }
  if (tag !== undefined) fields.appName = tag;
  if (procId !== undefined) fields.procId = procId;
  const timestamp = isoTime !== undefined ? normalizeTimestamp(isoTime) : syslog3164Time(month, day, hh, mm, ss, now);
  return { timestamp, level, message, fields };
}

const PLAIN_PREFIX_RE = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)\s+/i;
const PLAIN_LEVEL_RE = /^(?:\[([A-Za-z]+)\]|([A-Z]{3,8})\b:?)\s*/;

/** Plain text: peel off a leading timestamp and an upper-case or [bracketed] level if present. */
function parsePlain(line) {
  let rest = line;
  let timestamp = null;
  const time = PLAIN_PREFIX_RE.exec(rest);
  if (time) { timestamp = normalizeTimestamp(time[1]); rest = rest.slice(time[0].length); }
  let level = null;
  const lvl = PLAIN_LEVEL_RE.exec(rest);
  if (lvl && normalizeLevel(lvl[1] || lvl[2])) { level = normalizeLevel(lvl[1] || lvl[2]); rest = rest.slice(lvl[0].length); }
  return { timestamp, level, message: rest, fields: {} };
}

// ---- capability ----

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function normalizeLine(line, now) {
  if (line.startsWith('{')) {
    try {
      return { ...parseJsonLine(line), format: 'json' };
    } catch (error) {
      // Looked like JSON but is not: keep the text, flag it, and count it as a parse error.
      return { ...parsePlain(line), fields: { parseError: `invalid JSON: ${error.message}` }, format: 'plain', failed: true };
    }
  }
  if (line.startsWith('<')) {
    const event = parseSyslog5424(line) || parseSyslog3164(line, now);
    if (event) return { ...event, format: 'syslog' };
  }
  const clf = parseClf(line);
  if (clf) return { ...clf, format: 'clf' };
  if (/^[A-Z][a-z]{2} /.test(line)) {
    const event = parseSyslog3164(line, now);
    if (event) return { ...event, format: 'syslog' };
  }
  const logfmt = line.includes('=') ? parseLogfmt(line) : null;
  if (logfmt) return { ...logfmt, format: 'logfmt' };
  return { ...parsePlain(line), format: 'plain' };
}

function ingest(input, ctx) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidInput('input: expected an object with a "lines" field');
  if (!Array.isArray(input.lines)) throw invalidInput('input.lines: expected an array of strings');
  if (input.lines.length > MAX_LINES) throw invalidInput(`input.lines: expected at most ${MAX_LINES} lines per call, got ${input.lines.length}`);
  input.lines.forEach(function checkLine(line, i) {
    if (typeof line !== 'string') throw invalidInput(`input.lines[${i}]: expected a string`);
  });
  if (input.source !== undefined && typeof input.source !== 'string') throw invalidInput('input.source: expected a string');

  const now = new Date();
  const byFormat = {};
  for (const format of FORMATS) byFormat[format] = 0;
  let errors = 0;
  const events = [];
  for (const raw of input.lines) {
    const line = raw.replace(/\r?\n$/, '').trim();
    if (line === '') continue;
    const { failed, ...event } = normalizeLine(line, now);
    if (failed) errors++;
    if (input.source !== undefined && event.fields.source === undefined) event.fields.source = input.source;
    byFormat[event.format]++;
    events.push({ timestamp: event.timestamp, level: event.level, message: event.message, fields: event.fields, format: event.format });
  }
  if (errors > 0) ctx?.log?.debug(`${errors} line(s) looked like JSON but did not parse`);
  return { events, stats: { total: events.length, byFormat, errors } };
}

export default { ingest };
