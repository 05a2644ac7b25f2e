/**
 * Secret config values never leave a plugin's isolate in any of the forms code commonly puts them in
 * by accident: raw, JSON-escaped, URL-encoded (both flavours), base64 / base64url at any alignment,
 * hex. Checked on every way out (outcome values and errors, log lines, health results over the API
 * with a read-only token, command results, contributions), through real isolates in both isolation
 * modes, with an oracle that decodes what came out rather than the redactor's own list of needles.
 * Secrets too short to redact reliably (a PIN) are refused at load, naming the key, never the value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, encryptSecret, generateSecretKey, parseKeyring, type Engine } from '../../src/index.ts';
import { createRedactor, MIN_SECRET_LENGTH } from '../../src/security/redaction.ts';
import { startApi, TOKEN_BY_ROLE, TOKENS, type Api } from '../http/harness.ts';
import { captureLogger, tempDir, writePlugin } from '../helpers.ts';

/** A quote and a backslash (JSON escapes them), a space, '+', '/', '&' and 'é' (URL encodings differ), odd length. */
const SECRET = 'p4ss "w\\rd" 2x+/&é-Zq9';

/** Every way the secret could still be read back out of `text`: decode what looks encoded, look for the plaintext. */
function reveals(text: string, secret = SECRET): string | undefined {
  const plain = Buffer.from(secret, 'utf8');
  // Each level of JSON escaping (a log line of a JSON outcome of a message built from JSON...).
  let level = text;
  for (let depth = 0; depth < 5; depth++) {
    const found = revealsAtLevel(level, secret, plain);
    if (found !== undefined) return depth === 0 ? found : `${found}, JSON-escaped ${depth} time(s)`;
    level = level.replace(/\\(["\\])/g, '$1');
  }
  return undefined;
}

function revealsAtLevel(text: string, secret: string, plain: Buffer): string | undefined {
  if (text.includes(secret)) return 'raw';
  for (const run of text.match(/[A-Za-z0-9%+._~!*'()\/&=:;,?#@$-]{6,}/g) ?? []) {
    for (const form of [run, run.replace(/\+/g, ' ')]) {
      try {
        if (decodeURIComponent(form).includes(secret)) return `URL-encoded (${run})`;
      } catch {
        // not URL-encoded text
      }
    }
  }
  for (const run of text.match(/[A-Za-z0-9+/_-]{8,}/g) ?? []) {
    for (let skip = 0; skip < 4; skip++) {
      const chunk = run.slice(skip).replace(/-/g, '+').replace(/_/g, '/');
      if (Buffer.from(chunk, 'base64').includes(plain)) return `base64 (${run})`;
    }
  }
  for (const run of text.match(/[0-9a-fA-F]{16,}/g) ?? []) {
    for (let skip = 0; skip < 2; skip++) if (Buffer.from(run.slice(skip), 'hex').includes(plain)) return `hex (${run})`;
  }
  return undefined;
}

/** Every way a plugin might put its secret into text, by accident or not. */
const ENCODERS = String.raw`
  const encoders = {
    raw: (s) => 'key=' + s,
    json: () => 'bad config: ' + JSON.stringify(ctx.config),
    jsonTwice: () => JSON.stringify({ body: JSON.stringify(ctx.config) }),
    uri: (s) => 'https://api.example/v1?key=' + encodeURIComponent(s) + '&x=1',
    encodeUri: (s) => encodeURI('https://api.example/' + s),
    form: (s) => new URLSearchParams({ user: 'me', key: s }).toString(),
    lowerPercent: (s) => encodeURIComponent(s).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
    b64a0: (s) => b64(s),
    b64a1: (s) => b64('A' + s + 'tail'),
    b64a2: (s) => b64('AB' + s + 'x'),
    b64header: (s) => 'Authorization: Basic ' + b64('user:' + s),
    b64url: (s) => b64('xy' + s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
    hex: (s) => [...new TextEncoder().encode('0' + s)].map((b) => b.toString(16).padStart(2, '0')).join(''),
    HEX: (s) => [...new TextEncoder().encode(s)].map((b) => b.toString(16).padStart(2, '0').toUpperCase()).join(''),
    cut: (s) => 'x'.repeat(4096 - 7) + s,
  };
  function b64(text) { let bin = ''; for (const b of new TextEncoder().encode(text)) bin += String.fromCharCode(b); return btoa(bin); }
`;

const LEAKER = String.raw`
export default {
  classify(input, ctx) {
    ${ENCODERS}
    const text = encoders[input.how](ctx.config.apiKey);
    switch (input.where) {
      case 'log': console.log(text); ctx.log.warn('again', text); return 'logged';
      case 'throw': throw new Error(text);
      case 'name': { const e = new Error('named'); e.name = 'E' + text.slice(0, 150); throw e; }
      case 'non-error': throw { detail: text };
      case 'reject': return Promise.reject(new TypeError(text));
      case 'value': return { text, list: [text, { deep: text }], [text]: 'as a key' };
      default: return 'ok';
    }
  },
  health(ctx) {
    return { status: 'degraded', message: 'upstream refused key ' + JSON.stringify(ctx.config.apiKey), dependencies: { ['db ' + ctx.config.apiKey]: 'down: ' + encodeURIComponent(ctx.config.apiKey) } };
  },
  'command:show'(args, ctx) { return { key: ctx.config.apiKey, b64: btoa('k=' + unescape(encodeURIComponent(ctx.config.apiKey))) }; },
};`;

const HOWS = ['raw', 'json', 'jsonTwice', 'uri', 'encodeUri', 'form', 'lowerPercent', 'b64a0', 'b64a1', 'b64a2', 'b64header', 'b64url', 'hex', 'HEX', 'cut'];
const WHERES = ['log', 'throw', 'name', 'non-error', 'reject', 'value'];

async function writeLeaker(root: string, secret = SECRET): Promise<void> {
  await writePlugin(
    root,
    {
      id: 'leaker',
      secrets: ['apiKey'],
      config: { apiKey: secret, region: 'eu' },
      commands: { show: { description: 'Show the key (a bad idea)' } },
      // A plugin author who pasted the key into plugin.json's contributions too.
      contributes: { queries: [{ id: 'with-key', url: `https://api.example/?key=${encodeURIComponent(secret)}`, header: secret }] },
    },
    LEAKER,
  );
}

describe('the redactor', () => {
  const redactor = createRedactor([SECRET]);

  it('finds the secret in each common encoding, inside longer text, and leaves other text alone', () => {
    const forms: Record<string, string> = {
      raw: `key=${SECRET};`,
      json: JSON.stringify({ apiKey: SECRET }),
      jsonTwice: JSON.stringify(JSON.stringify({ apiKey: SECRET })),
      uri: `?key=${encodeURIComponent(SECRET)}&x=1`,
      encodeUri: encodeURI(`https://h/${SECRET}`),
      form: new URLSearchParams({ a: 'b', key: SECRET }).toString(),
      lower: encodeURIComponent(SECRET).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase()),
      hex: Buffer.from(`~${SECRET}~`).toString('hex'),
      HEX: Buffer.from(SECRET).toString('hex').toUpperCase(),
    };
    for (let align = 0; align < 3; align++) {
      const wrapped = Buffer.from(`${'p'.repeat(align)}${SECRET}tail`);
      forms[`base64@${align}`] = `Basic ${wrapped.toString('base64')}`;
      forms[`base64url@${align}`] = wrapped.toString('base64url');
    }
    for (const [name, text] of Object.entries(forms)) {
      expect(reveals(text), `${name} is a leak to begin with`).toBeDefined();
      const redacted = redactor.redact(text);
      expect(reveals(redacted), `${name}: ${redacted}`).toBeUndefined();
      expect(redacted, name).toContain('[redacted]');
    }
    const unrelated = 'nothing secret here: p4ss w0rd, {"a":1}, %20, aGVsbG8gd29ybGQ=';
    expect(redactor.redact(unrelated)).toBe(unrelated);
  });

  it('redacts a secret the sandbox cut short at the end of a text', () => {
    expect(redactor.redact(`prefix ${SECRET.slice(0, 9)}…`)).toBe('prefix [redacted]…');
    expect(redactor.redact(`prefix ${SECRET.slice(0, 3)}…`)).toBe(`prefix ${SECRET.slice(0, 3)}…`);
  });

  it('redacts deep values: strings, keys, numbers that spell a secret; shares what did not change', () => {
    const numeric = createRedactor(['12345678', SECRET]);
    const untouched = { a: [1, 'x'] };
    const value = { [`k ${SECRET}`]: 1, s: [SECRET, { n: 12345678, m: 9 }], untouched, __proto__x: 'ok' };
    const out = numeric.redactDeep(value);
    expect(out).toEqual({ 'k [redacted]': 1, s: ['[redacted]', { n: '[redacted]', m: 9 }], untouched, __proto__x: 'ok' });
    expect(out.untouched).toBe(untouched);
    expect(value.s[0]).toBe(SECRET); // the input is not modified
    const noSecrets = createRedactor([]);
    expect(noSecrets.active).toBe(false);
    expect(noSecrets.redactDeep(value)).toBe(value);
  });
});

describe.each(['thread', 'process'] as const)('secrets never leave the isolate (%s isolation)', (isolation) => {
  let engine: Engine;
  const capture = captureLogger();

  beforeAll(async () => {
    const root = await tempDir();
    await writeLeaker(root);
    engine = await createEngine({
      pluginsDir: root,
      poolSize: 1,
      isolation,
      logger: capture.logger,
      lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 }, breaker: { consecutiveFailures: 10_000, minCalls: 10_000 }, health: { intervalMs: 0 } },
    });
    expect(engine.plugin('leaker')).toMatchObject({ state: 'active' });
  });
  afterAll(() => engine?.close());

  it.each(WHERES)('through %s, in every encoding', async (where) => {
    const before = capture.lines().length;
    for (const how of HOWS) {
      const outcome = await engine.invoke('leaker', 'classify', { how, where });
      const text = JSON.stringify(outcome);
      expect(reveals(text), `${where}/${how}: ${text.slice(0, 600)}`).toBeUndefined();
      // Cut short by the sandbox inside the secret: its first characters are redacted too.
      expect(text, `${where}/${how}`).not.toContain(SECRET.slice(0, 6));
      if (where === 'value') expect(outcome).toMatchObject({ status: 'ok' });
      else if (where !== 'log') expect(outcome).toMatchObject({ status: 'error' });
    }
    const logs = JSON.stringify(capture.lines().slice(before));
    expect(reveals(logs), logs.slice(0, 600)).toBeUndefined();
    if (where === 'log') expect(logs).toContain('[redacted]');
  });

  it('in health hook results, command results and contributions', async () => {
    const health = await engine.checkHealth('leaker');
    expect(health.hook).toMatchObject({ status: 'degraded', message: expect.stringContaining('[redacted]') });
    expect(reveals(JSON.stringify(health)), JSON.stringify(health)).toBeUndefined();
    const command = await engine.runCommand('leaker', 'show', {});
    expect(command).toMatchObject({ status: 'ok', value: { key: '[redacted]' } });
    expect(reveals(JSON.stringify(command)), JSON.stringify(command)).toBeUndefined();
    const contributions = engine.contributions('queries');
    expect(contributions).toMatchObject([{ id: 'with-key', pluginId: 'leaker', entry: { header: '[redacted]' } }]);
    expect(reveals(JSON.stringify(contributions)), JSON.stringify(contributions)).toBeUndefined();
    expect(reveals(JSON.stringify(engine.plugins())), 'plugin status').toBeUndefined();
    expect(reveals(JSON.stringify(capture.lines())), 'every log line').toBeUndefined();
  });
});

describe('secrets too short to redact', () => {
  it.each([
    ['a 3-digit PIN', '123'],
    ['a 7-character password', 'hunter2'],
    ['an empty value', ''],
  ])('%s is refused at load with CORRAL_ERR_SECRETS naming the key, never the value', async (_, value) => {
    const root = await tempDir();
    await writePlugin(root, { id: 'short', secrets: ['pin'], config: { pin: value } }, 'export default { classify(input, ctx) { throw new Error("pin " + ctx.config.pin); } };');
    const capture = captureLogger();
    const engine = await createEngine({ pluginsDir: root, poolSize: 1, isolation: 'thread', logger: capture.logger, lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } } });
    try {
      expect(engine.plugin('short')).toMatchObject({ state: 'failed' });
      const event = capture.lines().find((l) => l.event === 'plugin.registry.validation_error' && l.plugin_id === 'short');
      expect(event).toMatchObject({ code: 'CORRAL_ERR_SECRETS', reason: expect.stringContaining(`secret "pin" of plugin "short"`) });
      const reason = String(event?.reason);
      expect(reason).toContain(`at least ${MIN_SECRET_LENGTH} characters`);
      // The folder's temporary name may hold any digits: look at the message from the key on.
      const message = reason.slice(reason.indexOf('secret "pin"'));
      expect(message).toContain(value === '' ? 'is empty' : `is ${value.length} characters long`);
      if (value !== '') expect(message).not.toContain(value);
      expect(await engine.invoke('short', 'classify', {})).toMatchObject({ status: 'error', error: { type: 'unavailable', reason: 'not_loaded' } });
    } finally {
      await engine.close();
    }
  });

  it('applies to an encrypted secret too, once decrypted', async () => {
    const root = await tempDir();
    const keyEntry = generateSecretKey('k1');
    const sealed = encryptSecret('4242', parseKeyring(keyEntry), { pluginId: 'sealed-pin', configKey: 'pin' });
    await writePlugin(root, { id: 'sealed-pin', secrets: ['pin'], config: { pin: sealed } }, 'export default { classify() { return 1; } };');
    const capture = captureLogger();
    const engine = await createEngine({ pluginsDir: root, poolSize: 1, isolation: 'thread', logger: capture.logger, env: { CORRAL_SECRETS_KEY: keyEntry }, lifecycle: { retry: { baseMs: 1000, capMs: 1000, maxAttempts: 0 } } });
    try {
      expect(engine.plugin('sealed-pin')).toMatchObject({ state: 'failed' });
      const event = capture.lines().find((l) => l.event === 'plugin.registry.validation_error' && l.plugin_id === 'sealed-pin');
      expect(event).toMatchObject({ code: 'CORRAL_ERR_SECRETS', reason: expect.stringContaining('secret "pin" of plugin "sealed-pin" is 4 characters long') });
      const reason = String(event?.reason);
      expect(reason.slice(reason.indexOf('secret "pin"'))).not.toContain('4242');
    } finally {
      await engine.close();
    }
  });
});

describe('the health hook over the API (read-only token, real server)', () => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi({ plugins: (root) => writeLeaker(root), server: { tokens: TOKENS } });
  });
  afterAll(() => api?.close());

  it('GET /api/v1/plugins/{id}/health never shows the secret, in any encoding', async () => {
    await api.engine.checkHealth('leaker');
    const response = await api.call('GET', '/api/v1/plugins/leaker/health', { token: TOKEN_BY_ROLE['plugins:read'] });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ status: 'degraded', hook: { status: 'degraded', message: expect.stringContaining('[redacted]') } });
    expect(Object.keys(response.json.dependencies)).toEqual(['db [redacted]']);
    expect(reveals(response.text), response.text).toBeUndefined();
    const status = await api.call('GET', '/api/v1/plugins/leaker', { token: TOKEN_BY_ROLE['plugins:read'] });
    expect(reveals(status.text), status.text).toBeUndefined();
    expect(reveals(JSON.stringify(api.logs())), 'server and engine logs').toBeUndefined();
  });
});
