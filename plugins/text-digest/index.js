// Text digest: topic classification by keyword sets, and extractive summarisation by word frequency.
// Both work on English text. Runs in a bare V8 isolate: ECMAScript built-ins only.

// ---- shared text helpers ----

const STOP_WORDS = new Set(`a about above after again against all also am an and any are as at be because been before
  being below between both but by can could did do does doing down during each few for from further had has have having
  he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now
  of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
  them themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves said says one two new many much may might must
  shall us get got like make made well even still yet however`.split(/\s+/));

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function requireText(input) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidInput('input: expected an object with a "text" field');
  if (typeof input.text !== 'string') throw invalidInput('input.text: expected a string');
  return input.text;
}

function words(text) {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z0-9\u00e0-\u00ff]+(?:'[a-z]+)?/g) || [];
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}

// ---- classify: topic by keyword sets ----

// A trailing '*' matches any word with that prefix ("invest*" → investor, investment).
const TOPICS = {
  tech: `software hardware computer* program* code coding developer* app apps application* algorithm* ai artificial
    intelligence machine learning data database* cloud server* network* internet web website* online digital cyber*
    smartphone* iphone android linux windows microsoft google startup* tech* technolog* robot* chip* semiconductor*
    processor* gpu cpu api apis bug* encrypt* blockchain quantum silicon javascript python typescript kubernetes devops
    deploy* upgrade* device* browser*`,
  finance: `market* stock* shares shareholder* investor* invest* bank* financ* econom* inflation interest rates revenue*
    profit* earnings dividend* bond* currenc* dollar* euro* bitcoin crypto* trading trader* nasdaq dow fund* hedge ipo
    merger* acquisition* budget* tax* debt* loan* mortgage* gdp recession fiscal quarterly capital valuation
    price* exchange* insur* payment*`,
  sports: `game* match* team* player* coach* season* league* championship* tournament* scored goal* victory cup football
    soccer basketball baseball tennis golf hockey cricket rugby olympic* athlete* stadium* fans referee* final*
    playoff* medal* racing striker quarterback nba nfl fifa uefa defeat* won win wins champion* halftime sprint*`,
  health: `health* medic* doctor* hospital* patient* disease* vaccin* virus* infection* symptom* treatment* therap*
    drug* clinic* cancer diabet* heart nurse* surgery surgeon* mental diet nutrition* exercise fitness pandemic covid
    epidem* pharma* prescri* diagnos* chronic immune blood illness* wellbeing obesity`,
  politics: `election* vote* voter* voting government* minister* president* parliament* congress senat* democra*
    republican* parties politic* campaign* policy policies law* legislat* mayor governor* candidate* poll* diplomat*
    sanction* treaty opposition coalition referendum cabinet ballot* lawmaker* bill geopolit* embass*`,
};

const TOPIC_MATCHERS = Object.keys(TOPICS).map(function compileTopic(topic) {
  const exact = new Set();
  const prefixes = [];
  for (const entry of TOPICS[topic].split(/\s+/).filter(Boolean)) {
    if (entry.endsWith('*')) prefixes.push(entry.slice(0, -1));
    else exact.add(entry);
  }
  return { topic, matches: (word) => exact.has(word) || prefixes.some((p) => word.startsWith(p)) };
});

function minTopicMatches(ctx) {
  const configured = ctx?.config?.minTopicMatches;
  return Number.isInteger(configured) && configured > 0 ? configured : 2;
}

/** Keyword hits per topic and the distinct words that hit, for classify and its explain command. */
function topicScores(text) {
  const scores = {};
  const matched = {};
  for (const { topic } of TOPIC_MATCHERS) { scores[topic] = 0; matched[topic] = []; }
  for (const token of words(text)) {
    if (STOP_WORDS.has(token)) continue;
    for (const { topic, matches } of TOPIC_MATCHERS) {
      if (matches(token)) {
        scores[topic]++;
        if (!matched[topic].includes(token)) matched[topic].push(token);
      }
    }
  }
  return { scores, matched };
}

function classify(input, ctx) {
  const text = requireText(input);
  const minMatches = minTopicMatches(ctx);
  const { scores, matched } = topicScores(text);
  const ranked = TOPIC_MATCHERS.map((m) => m.topic).sort((a, b) => scores[b] - scores[a]);
  const best = ranked[0];
  const total = ranked.reduce((sum, topic) => sum + scores[topic], 0);
  if (scores[best] < minMatches) {
    // Fewer keyword hits than required: 'other', less sure the closer we came to the threshold.
    return { label: 'other', score: round(1 - (0.5 * scores[best]) / minMatches), details: { scores, keywords: [] } };
  }
  // Confidence = how dominant the topic is among all hits, damped when there are only a few hits.
  const score = (scores[best] / total) * (1 - Math.exp(-scores[best] / 2));
  return { label: best, score: round(score), details: { scores, keywords: matched[best] } };
}

// ---- summarize: extractive summary ----

const ABBREVIATIONS = new Set(`mr mrs ms dr prof sr jr st vs etc e.g i.e eg ie inc ltd co corp no fig approx dept est
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun gen col lt sgt capt rev mt ave u.s u.k
  a.m p.m ph.d`.split(/\s+/));

/** True when the text before a '.' ends with an abbreviation, an initial ("J.") or a dotted acronym ("U.S."). */
function endsWithAbbreviation(before) {
  // Only the tail matters; slicing keeps the end-anchored regex from going quadratic on huge sentences.
  const match = /([A-Za-z][A-Za-z.]*)$/.exec(before.slice(-32));
  if (!match) return false;
  const word = match[1].toLowerCase();
  return ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word);
}

/** Splits on . ! ? … (plus closing quotes/brackets) followed by whitespace, and on blank lines. */
function splitSentences(text) {
  const source = text.replace(/\r\n?/g, '\n');
  const sentences = [];
  const boundary = /([.!?\u2026]+)(["'\u201d\u2019)\]]*)(?=\s|$)|\n[ \t]*\n/g;
  let start = 0;
  for (const match of source.matchAll(boundary)) {
    const end = match.index + match[0].length;
    // "Dr. Smith", "J. Doe", "the U.S. market", "e.g. this": a period that does not end the sentence.
    const lowercaseNext = /^\s+[a-z]/.test(source.slice(end, end + 2));
    if (match[1] === '.' && (lowercaseNext || endsWithAbbreviation(source.slice(start, match.index)))) continue;
    pushSentence(sentences, source.slice(start, end));
    start = end;
  }
  pushSentence(sentences, source.slice(start));
  return sentences;
}

function pushSentence(list, raw) {
  const sentence = raw.replace(/\s+/g, ' ').trim();
  if (/[A-Za-z0-9\u00c0-\u00ff]/.test(sentence)) list.push(sentence);
}

function contentWords(sentence) {
  return words(sentence).filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !/^\d+$/.test(w));
}

/** Folds simple plurals ("panels" → "panel") so they count as one term; keeps "class", "status", "analysis". */
function stem(word) {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function summarize(input, ctx) {
  const text = requireText(input);
  const configured = ctx?.config?.defaultMaxSentences;
  let maxSentences = Number.isInteger(configured) && configured > 0 ? configured : 3;
  if (input.maxSentences !== undefined) {
    if (!Number.isInteger(input.maxSentences) || input.maxSentences < 1) throw invalidInput('input.maxSentences: expected an integer >= 1');
    maxSentences = input.maxSentences;
  }

  const sentences = splitSentences(text);
  const perSentence = sentences.map((sentence) => contentWords(sentence).map(stem));
  // Frequencies are counted over the whole text; first-seen order breaks ties deterministically.
  const frequency = new Map();
  for (const list of perSentence) for (const w of list) frequency.set(w, (frequency.get(w) || 0) + 1);
  let maxFrequency = 1;
  for (const count of frequency.values()) if (count > maxFrequency) maxFrequency = count;

  // sqrt(length) normalisation: long sentences are not rewarded just for being long, nor short ones for brevity.
  const ranked = perSentence
    .map((list, index) => ({
      index,
      score: list.length === 0 ? 0 : list.reduce((sum, w) => sum + frequency.get(w) / maxFrequency, 0) / Math.sqrt(list.length),
    }))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const keep = ranked.slice(0, maxSentences).map((r) => r.index).sort((a, b) => a - b);
  const chosen = keep.map((i) => sentences[i]);

  const keywords = [...frequency.entries()]
    .map(([word, count], order) => ({ word, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, 5)
    .map((k) => k.word);

  return {
    summary: chosen.join(' '),
    sentences: chosen,
    keywords,
    stats: { sentences: sentences.length, words: words(text).length, characters: text.length },
  };
}

// ---- diagnostics commands (`commands` in plugin.json; `corral diagnose text-digest ...`) ----

/** `topics`: what classify knows, and the threshold it applies with this plugin's config. */
function topicsCommand(args, ctx) {
  const topics = {};
  for (const topic of Object.keys(TOPICS)) {
    const entries = TOPICS[topic].split(/\s+/).filter(Boolean);
    topics[topic] = { words: entries.filter((e) => !e.endsWith('*')).length, prefixes: entries.filter((e) => e.endsWith('*')).length };
  }
  return { minTopicMatches: minTopicMatches(ctx), topics };
}

/** `explain <text>`: every topic's hits and matched words, best first, and the label classify gives. */
function explainCommand(args, ctx) {
  const minMatches = minTopicMatches(ctx);
  const { scores, matched } = topicScores(args.text);
  const topics = Object.keys(scores)
    .sort((a, b) => scores[b] - scores[a])
    .map((topic) => ({ topic, hits: scores[topic], words: matched[topic] }));
  const best = topics[0];
  const label = best.hits >= minMatches ? best.topic : 'other';
  const why = label === 'other' ? `no topic reached ${minMatches} keyword hits (best: ${best.topic} with ${best.hits})` : `${label} has the most keyword hits (${best.hits}, threshold ${minMatches})`;
  return { label, why, minTopicMatches: minMatches, topics };
}

/** `top-words <text> [limit]`: the content words summarize weighs sentences by, most frequent first. */
function topWordsCommand(args) {
  const limit = args.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1) throw invalidInput('args.limit: expected an integer >= 1');
  const frequency = new Map();
  for (const sentence of splitSentences(args.text)) for (const w of contentWords(sentence).map(stem)) frequency.set(w, (frequency.get(w) || 0) + 1);
  return [...frequency.entries()]
    .map(([word, count], order) => ({ word, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map(({ word, count }) => ({ word, count }));
}

export default {
  classify,
  summarize,
  'command:topics': topicsCommand,
  'command:explain': explainCommand,
  'command:top-words': topWordsCommand,
};
