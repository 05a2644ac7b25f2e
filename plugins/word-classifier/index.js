// Word classifier: lexicon-based English sentiment analysis.
// Each known word carries a weight in [-4, 4]; weights are adjusted for negation ("not good"),
// intensifiers/diminishers ("very good", "slightly bad"), contrast ("ok but awful") and SHOUTING,
// then summed and squashed into [-1, 1]. Runs in a bare V8 isolate: ECMAScript built-ins only.

// Words grouped by weight. Kept as strings so the table stays readable and compact.
const LEXICON_SOURCE = {
  4: `amazing awesome breathtaking brilliant excellent exceptional extraordinary fantastic flawless
      magnificent marvelous marvellous masterpiece outstanding perfect phenomenal spectacular stellar
      sublime superb terrific wonderful`,
  3: `adore adored beautiful beloved best blissful charming delighted delightful ecstatic elegant enjoyable
      excited exciting fabulous glorious gorgeous grateful great happy impressive incredible joy joyful love
      loved lovely overjoyed remarkable splendid stunning thrilled thrilling treasure`,
  2: `admire agreeable amused appealing appreciate appreciated attractive beneficial better brave bright
      calm celebrate cheerful clever comfortable confident convenient cool creative cute dependable easy
      effective efficient encouraging enjoy enjoyed entertaining enthusiastic favorite favourite fortunate
      fresh friendly fun funny generous gentle genuine glad good handy healthy helpful honest hopeful improved
      innovative inspiring intelligent interesting kind liked likes lucky nice peaceful pleasant pleased
      pleasure polite positive powerful praise proud recommend recommended reliable relaxed relief respect
      satisfied satisfying secure smart smile smooth solid success successful sunny supportive sweet talented
      thank thanks thankful thoughtful trusted useful valuable vibrant welcome win winner winning worthy wow yay`,
  1: `acceptable adequate alright clear decent fair fine fixed improve modest ok okay promising ready
      reasonable resolved stable sufficient works`,
  '-1': `average awkward bland complicated concern concerned costly doubt mediocre meh odd questionable risky
      strange uncertain unclear unfortunately unusual weird`,
  '-2': `afraid alarming anxious bad boring bored bug buggy complain complaint confused confusing crash crashed
      damage damaged defective delay delayed depressed depressing difficult dirty dislike dull embarrassing
      error expensive fail failed failing failure fake faulty fear flawed frustrated frustrating guilty harm
      harmful hurt inferior jealous lack lacking lame lazy leak lonely lose losing loss lost mess messy mistake
      nervous noisy outdated overpriced pain poor problem problematic regret rude sad scary selfish shame sick
      slow sorry stress stressful struggle suffer suffering tired trouble unfair unfortunate unhappy unhelpful
      unpleasant unreliable unstable upset waste wasted weak worried worry wrong`,
  '-3': `abuse angry annoyed annoying ashamed broken crap disappointed disappointing disappointment fraud
      furious garbage hate hated hateful hopeless infuriating insulting junk lousy miserable nasty offensive
      outrageous painful ridiculous rubbish scam stupid sucks tragic ugly unacceptable worse worthless`,
  '-4': `abysmal appalling atrocious awful catastrophic despicable disastrous disgusting dreadful hideous horrendous
      horrible horrific nightmare pathetic repulsive terrible unbearable useless vile worst`,
};

const LEXICON = buildLexicon(LEXICON_SOURCE);

const NEGATORS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot',
  'without', 'hardly', 'scarcely', 'dont', 'doesnt', 'didnt', 'isnt', 'wasnt', 'arent', 'werent', 'cant', 'couldnt',
  'wont', 'wouldnt', 'shouldnt', 'aint', 'havent', 'hasnt']);

// Multipliers for the next sentiment word; values < 1 are diminishers.
const INTENSIFIERS = new Map([
  ['very', 1.5], ['really', 1.4], ['extremely', 1.8], ['incredibly', 1.8], ['absolutely', 1.6], ['so', 1.3],
  ['too', 1.3], ['totally', 1.5], ['super', 1.5], ['highly', 1.5], ['truly', 1.4], ['most', 1.3], ['quite', 1.2],
  ['utterly', 1.7], ['completely', 1.5], ['especially', 1.3], ['pretty', 1.1], ['fairly', 0.8], ['rather', 0.8],
  ['somewhat', 0.6], ['slightly', 0.5], ['barely', 0.4], ['kinda', 0.6], ['marginally', 0.5], ['partly', 0.6],
]);

const CONTRAST_WORDS = new Set(['but', 'however', 'yet']);
const EMOTICONS = new Map([[':)', 2], [':-)', 2], [':d', 2], [':-d', 2], [';)', 1], [':(', -2], [':-(', -2], [":'(", -2]]);

const NEGATION_SCOPE = 3; // words after a negator that it still flips
const NEGATION_FACTOR = -0.75; // "not good" is milder than "bad"
const CONTRAST_BEFORE = 0.5; // "it was fine but ..." — the clause before "but" matters less
const CONTRAST_AFTER = 1.5;
const CAPS_BOOST = 1.3;
const SQUASH_ALPHA = 15; // controls how fast the summed score approaches ±1

function buildLexicon(source) {
  const lexicon = new Map();
  for (const weight of Object.keys(source)) {
    for (const word of source[weight].split(/\s+/)) if (word) lexicon.set(word, Number(weight));
  }
  return lexicon;
}

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

/** Lexicon lookup with light suffix stripping so "loves", "hated", "annoying" still match. */
function lookup(word) {
  if (LEXICON.has(word)) return LEXICON.get(word);
  const candidates = [];
  if (word.endsWith('s')) candidates.push(word.slice(0, -1));
  if (word.endsWith('es')) candidates.push(word.slice(0, -2));
  if (word.endsWith('ed')) candidates.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) candidates.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  if (word.endsWith('ly')) candidates.push(word.slice(0, -2));
  for (const stem of candidates) if (stem.length >= 3 && LEXICON.has(stem)) return LEXICON.get(stem);
  return 0;
}

/** Tokens are words, emoticons and clause punctuation; punctuation ends negation and intensifier scope. */
function tokenize(text) {
  const normalized = text.replace(/[\u2018\u2019]/g, "'");
  const pattern = /:-?[()dD]|;\)|:'\(|[A-Za-z]+(?:'[A-Za-z]+)*|[.!?;:,]/g;
  return Array.from(normalized.matchAll(pattern), function toToken(match) {
    const raw = match[0];
    const lower = raw.toLowerCase();
    if (EMOTICONS.has(lower)) return { kind: 'emoticon', lower, raw };
    if (/^[.!?;:,]$/.test(raw)) return { kind: 'punct', lower, raw };
    // "don't" -> "dont" so contractions hit the negator list.
    return { kind: 'word', lower: lower.replace(/'/g, ''), raw, contraction: lower.endsWith("n't") };
  });
}

function analyze(tokens) {
  // If nothing is lower-case the whole text is shouting, so caps carry no extra emphasis.
  const textIsShouting = !tokens.some((t) => t.kind === 'word' && /[a-z]/.test(t.raw));
  const contributions = [];
  let sentenceStart = 0; // index into contributions where the current sentence begins
  let negationLeft = 0;
  let multiplier = 1;
  let intensifierLeft = 0;
  let contrastActive = false;
  let words = 0;

  for (const token of tokens) {
    if (token.kind === 'punct') {
      negationLeft = 0;
      intensifierLeft = 0;
      multiplier = 1;
      if (token.raw === '.' || token.raw === '!' || token.raw === '?') { sentenceStart = contributions.length; contrastActive = false; }
      continue;
    }
    if (token.kind === 'emoticon') { contributions.push(EMOTICONS.get(token.lower)); continue; }
    words++;
    const word = token.lower;
    if (NEGATORS.has(word) || token.contraction) { negationLeft = NEGATION_SCOPE; continue; }
    if (CONTRAST_WORDS.has(word)) {
      for (let i = sentenceStart; i < contributions.length; i++) contributions[i] *= CONTRAST_BEFORE;
      contrastActive = true;
      continue;
    }
    if (INTENSIFIERS.has(word)) {
      multiplier = Math.min(3, multiplier * INTENSIFIERS.get(word));
      intensifierLeft = 2;
      continue;
    }
    let weight = lookup(word);
    if (weight !== 0) {
      if (intensifierLeft > 0) weight *= multiplier;
      if (negationLeft > 0) weight *= NEGATION_FACTOR;
      if (contrastActive) weight *= CONTRAST_AFTER;
      // An all-caps word in otherwise normal text is emphasis ("this is AWFUL").
      if (!textIsShouting && token.raw.length > 1 && token.raw === token.raw.toUpperCase()) weight *= CAPS_BOOST;
      contributions.push(weight);
      multiplier = 1;
      intensifierLeft = 0;
    } else if (intensifierLeft > 0) {
      intensifierLeft--;
      if (intensifierLeft === 0) multiplier = 1;
    }
    if (negationLeft > 0) negationLeft--;
  }
  return { contributions, words };
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}

function classify(input, ctx) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidInput('input: expected an object with a "text" field');
  if (typeof input.text !== 'string') throw invalidInput('input.text: expected a string');
  const band = typeof ctx?.config?.neutralBand === 'number' && ctx.config.neutralBand >= 0 && ctx.config.neutralBand < 1 ? ctx.config.neutralBand : 0.05;

  const { contributions, words } = analyze(tokenize(input.text));
  let positiveMass = 0;
  let negativeMass = 0;
  let positive = 0;
  let negative = 0;
  for (const value of contributions) {
    if (value > 0) { positive++; positiveMass += value; }
    else if (value < 0) { negative++; negativeMass -= value; }
  }
  const net = positiveMass - negativeMass;
  const compound = net / Math.sqrt(net * net + SQUASH_ALPHA);

  let label = 'neutral';
  let score;
  if (compound >= band) label = 'positive';
  else if (compound <= -band) label = 'negative';
  if (label === 'neutral') {
    // Neutral with no opinion words at all is a confident call; balanced opinions are less certain.
    const intensity = positiveMass + negativeMass;
    score = 1 - (0.5 * intensity) / (intensity + 4);
  } else {
    score = 0.5 + Math.abs(compound) / 2;
  }
  return { label, score: round(score), details: { positive, negative, tokens: words } };
}

export default { classify };
