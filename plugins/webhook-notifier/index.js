// Sends an alert to a webhook through ctx.fetch (the host performs the request, only to the
// manifest's allowedHosts). Input: { title, text?, severity?, fields?, url? }. The URL comes from
// config; input.url may override it for tests and multi-tenant hosts, still bounded by allowedHosts.

const SEVERITIES = ['info', 'warning', 'critical'];
const COLORS = { info: '#439FE0', warning: '#DAA038', critical: '#D00000' };

function invalid(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function validate(input) {
  if (input === null || typeof input !== 'object') throw invalid('input: expected an object');
  if (typeof input.title !== 'string' || input.title.trim() === '') throw invalid('input.title: expected a non-empty string');
  if (input.title.length > 300) throw invalid('input.title: expected at most 300 characters');
  if (input.text !== undefined && typeof input.text !== 'string') throw invalid('input.text: expected a string');
  const severity = input.severity ?? 'info';
  if (!SEVERITIES.includes(severity)) throw invalid(`input.severity: expected one of ${SEVERITIES.join(', ')}`);
  if (input.fields !== undefined && (input.fields === null || typeof input.fields !== 'object' || Array.isArray(input.fields))) {
    throw invalid('input.fields: expected an object of name → value');
  }
  if (input.url !== undefined && typeof input.url !== 'string') throw invalid('input.url: expected a string');
  return severity;
}

/** Slack-compatible payload: most chat webhooks accept this shape. */
function payloadOf(input, severity, channel) {
  const fields = Object.entries(input.fields ?? {}).map(([title, value]) => ({ title, value: String(value), short: String(value).length < 40 }));
  return {
    channel,
    text: `[${severity.toUpperCase()}] ${input.title}`,
    attachments: [{ color: COLORS[severity], text: input.text ?? '', fields }],
  };
}

function retryable(status) {
  return status === 429 || status >= 500;
}

export default {
  async notify(input, ctx) {
    const severity = validate(input);
    const url = input.url ?? ctx.config.url;
    const maxAttempts = Math.max(1, Math.min(5, Number(ctx.config.maxAttempts) || 1));
    const body = JSON.stringify(payloadOf(input, severity, ctx.config.channel));
    let last = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const response = await ctx.fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      const text = await response.text();
      last = { status: response.status, body: text.slice(0, 200) };
      if (response.ok) return { delivered: true, attempts: attempt, status: response.status };
      if (!retryable(response.status)) break;
      ctx.log.warn('webhook answered', response.status, 'attempt', attempt);
      // Back off a little before retrying; timers are bounded by this call's deadline.
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
    return { delivered: false, attempts: maxAttempts, status: last?.status ?? null, response: last?.body ?? null };
  },
};
