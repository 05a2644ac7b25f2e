// Spam classifier: heuristic signals (links, shouting, money and urgency phrases, phishing bait,
// punctuation abuse, ...) each add a weight to a logit; the logistic function turns the sum into a
// spam probability. Every signal that fires is reported so a caller can see *why* a message scored.
// Runs in a bare V8 isolate: ECMAScript built-ins only.

// Prior: with no signal at all a message is very likely ham (p ≈ 0.05).
const BIAS = -3;

const SUSPICIOUS_TLDS = ['xyz', 'top', 'click', 'loan', 'work', 'gq', 'tk', 'ml', 'cf', 'ga', 'country', 'stream',
  'download', 'racing', 'win', 'bid', 'review', 'trade', 'date', 'party', 'zip', 'mov', 'icu', 'buzz', 'rest', 'cam'];
const SHORTENERS = ['bit.ly', 'tinyurl.com', 'goo.gl', 't.co', 'ow.ly', 'is.gd', 'buff.ly', 'cutt.ly', 'rb.gy', 'shorturl.at'];

// Phrase groups: [signal name, weight per hit, max hits counted, phrases].
// Counting is capped so one repetitive message cannot dominate through a single category.
const PHRASE_GROUPS = [
  ['money', 0.9, 3, ['free money', 'cash prize', 'cash bonus', 'you have won', "you've won", 'you won', 'winner', 'prize',
    'lottery', 'jackpot', 'million dollars', 'earn money', 'make money', 'extra income', 'double your', 'investment opportunity',
    'guaranteed income', 'risk free', 'risk-free', 'no credit check', 'loan approved', 'pre-approved', 'bitcoin', 'crypto',
    'inheritance', 'wire transfer', 'western union', 'gift card', 'claim your', 'free gift', '100% free', 'cheap meds',
    'lowest price', 'best price', 'discount', 'bonus']],
  ['urgency', 0.8, 3, ['act now', 'urgent', 'immediately', 'limited time', 'expires', 'expiring', 'last chance', 'today only',
    'only today', "don't miss", 'do not miss', 'hurry', 'right now', 'within 24 hours', 'before it is too late', 'final notice',
    'offer ends', 'while supplies last', 'once in a lifetime']],
  ['phishing', 1.2, 3, ['verify your account', 'confirm your identity', 'update your payment', 'account suspended',
    'account has been suspended', 'unusual activity', 'suspicious activity', 'reset your password', 'login to your account',
    'log in to your account', 'confirm your password', 'billing information', 'security alert', 'your account will be closed']],
  ['call-to-action', 0.6, 2, ['click here', 'click below', 'click the link', 'buy now', 'order now', 'sign up free',
    'subscribe now', 'call now', 'apply now', 'visit our website', 'open the attachment']],
  ['salutation', 0.8, 1, ['dear friend', 'dear customer', 'dear user', 'dear beneficiary', 'dear winner', 'dear sir/madam',
    'dear account holder']],
  ['marketing', 0.4, 1, ['unsubscribe', 'opt out', 'opt-out', 'this is not spam', 'no obligation', 'as seen on']],
];

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function round(value, digits) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Host names of everything that looks like a link: scheme URLs, www.* and bare domain.tld/path. */
function findLinks(text) {
  const hosts = [];
  // Matching per whitespace-separated token, anchored at its start, keeps this linear on hostile input.
  const pattern = /^[("'<]*(?:https?:\/\/([^\s/?#<>"']+)|(www\.[^\s/?#<>"']+)|((?:[a-z0-9-]+\.)+[a-z]{2,})\/)/i;
  for (const token of text.split(/\s+/)) {
    if (token.length > 2048) continue; // no real link is this long
    const match = pattern.exec(token);
    if (match) hosts.push((match[1] || match[2] || match[3]).toLowerCase().replace(/:\d+$/, '').replace(/[.,;:!?)]+$/, ''));
  }
  return hosts;
}

function linkSignals(text, add) {
  const hosts = findLinks(text);
  if (hosts.length === 0) return;
  add(`urls:${hosts.length}`, 0.7 * Math.min(hosts.length, 4));
  for (const host of new Set(hosts)) {
    const tld = host.slice(host.lastIndexOf('.') + 1);
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(host)) add(`ip-url:${host}`, 1.5);
    else if (SUSPICIOUS_TLDS.includes(tld)) add(`suspicious-tld:.${tld}`, 1.5);
    if (SHORTENERS.includes(host.replace(/^www\./, ''))) add(`url-shortener:${host}`, 1.2);
    // Lookalike hosts (paypa1.com, g00gle.com): letters with the digits that pass for o, l/i, e, s.
    if (/(?:^|\.)(?:[a-z]{2,}[0135]+[a-z]*|[a-z]*[0135]+[a-z]{2,})\.[a-z]+$/.test(host)) add(`lookalike-host:${host}`, 1.0);
  }
}

function shoutingSignals(text, add) {
  const words = text.match(/\b[A-Za-z]{3,}\b/g) || [];
  if (words.length < 3) return;
  const caps = words.filter((w) => w === w.toUpperCase()).length;
  const ratio = caps / words.length;
  if (ratio >= 0.3) add(`caps-ratio:${round(ratio, 2)}`, 3 * ratio);
}

function punctuationSignals(text, add) {
  const runs = text.match(/[!?]{3,}|!{2,}/g) || [];
  if (runs.length > 0) add(`punctuation-runs:${runs.length}`, 0.6 * Math.min(runs.length, 3));
  const exclamations = (text.match(/!/g) || []).length;
  if (exclamations >= 4) add(`exclamations:${exclamations}`, 0.6);
}

function moneySignals(text, add) {
  // "$1,000,000", "€500", "5000 USD", "1 million dollars".
  // The lookbehind starts a match only at the beginning of a number, so long digit runs stay linear.
  const amounts = text.match(/[$€£]\s?\d[\d,.]*|(?<![\d,.])\d[\d,.]*\s?(?:usd|eur|gbp|dollars|euros)\b/gi) || [];
  if (amounts.length > 0) add(`money-amount:${amounts.length}`, 0.6 * Math.min(amounts.length, 3));
  if (/\b\d{1,3}\s?%\s?(?:off|discount)\b/i.test(text)) add('percent-off', 0.7);
}

function phraseSignals(lower, add) {
  for (const [name, weight, maxHits, phrases] of PHRASE_GROUPS) {
    const hits = phrases.filter((phrase) => containsPhrase(lower, phrase));
    for (const phrase of hits.slice(0, maxHits)) add(`${name}:${phrase}`, weight);
  }
}

/** Whole-word phrase match, so "prize" does not fire inside "surprize" and "won" not in "wonder". */
function containsPhrase(lower, phrase) {
  let from = 0;
  for (;;) {
    const at = lower.indexOf(phrase, from);
    if (at < 0) return false;
    const before = at === 0 ? ' ' : lower[at - 1];
    const after = at + phrase.length >= lower.length ? ' ' : lower[at + phrase.length];
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return true;
    from = at + 1;
  }
}

// Keyword spellings with digit/symbol substitutions ("V1agra", "fr33", "ca$h") exist to dodge filters.
const OBFUSCATED_RE = /(?:^|[^a-z0-9])(v[i1!|]agr[a@4]|c[i1!|]al[i1!|]s|fr[e3]{2}|ca[s$]h|m[o0]n[e3]y|pr[i1!|]z[e3])(?=$|[^a-z0-9])/gi;

function obfuscationSignals(text, add) {
  for (const match of text.matchAll(OBFUSCATED_RE)) {
    const word = match[1];
    if (/[^a-z]/i.test(word)) { add(`obfuscated-keyword:${word.toLowerCase()}`, 1.5); return; }
  }
}

function classify(input, ctx) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidInput('input: expected an object with a "text" field');
  if (typeof input.text !== 'string') throw invalidInput('input.text: expected a string');
  const configured = ctx?.config?.threshold;
  const threshold = typeof configured === 'number' && configured > 0 && configured < 1 ? configured : 0.5;

  const text = input.text;
  const signals = [];
  let logit = BIAS;
  const add = function addSignal(name, weight) {
    signals.push(name);
    logit += weight;
  };
  linkSignals(text, add);
  shoutingSignals(text, add);
  punctuationSignals(text, add);
  moneySignals(text, add);
  phraseSignals(text.toLowerCase().replace(/\s+/g, ' '), add);
  obfuscationSignals(text, add);

  const probability = 1 / (1 + Math.exp(-logit));
  const label = probability >= threshold ? 'spam' : 'ham';
  // score is the confidence in the returned label, consistent with the other classifiers.
  const score = label === 'spam' ? probability : 1 - probability;
  return { label, score: round(score, 4), details: { signals } };
}

export default { classify };
