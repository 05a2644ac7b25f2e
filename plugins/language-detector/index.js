// Language detector for en, de, fr, es, it, nl, pt.
// Three kinds of evidence are combined per language:
//   1. stop words — the share of tokens that are that language's function words (strongest signal);
//   2. character trigrams — overlap with a ranked profile of the language's most frequent trigrams
//      (helps on short or stop-word-poor text such as titles);
//   3. distinctive characters — letters that almost only one language uses (ß, ñ, ã, œ, ...).
// Scores go through a softmax so `score` reads as a probability. Bare V8 isolate: built-ins only.

const STOP_WORDS = {
  en: `the be to of and a in that have i it for not on with he as you do at this but his by from they we say her she
       or an will my one all would there their what so up out if about who get which go me when is are was were been
       has had can than then them these those our your its into just very over`,
  de: `der die das und ist nicht ein eine einen einem einer zu den dem des mit sich auf für von im ich du er sie es
       wir ihr wird werden sind war hat haben auch als an aus bei nach noch oder aber wie wenn dass so nur kann mehr
       schon sehr über um vor zum zur durch man dieser diese immer`,
  fr: `le la les de des du un une et est en que qui dans pour pas sur au aux avec ce cette ces il elle ils elles nous
       vous je ne se sont été être avoir a ont mais ou plus par son sa ses leur comme tout très aussi même y on l d
       qu c j n s était fait peut`,
  es: `el la los las de del y en que es un una unos por con para no se su sus lo al como más pero muy ya o este esta
       estos son está están fue ha hay yo tú él ella nosotros ellos me te le les sin sobre también entre cuando todo
       porque ser era donde desde`,
  it: `il lo la i gli le di del della dei delle che e è un una uno per in con non si da al alla ai nel nella sono ma
       come più anche questo questa ci ha ho hanno essere era io tu lui lei noi voi loro se mi ti molto tutto quando
       perché dove sul sulla l dell c`,
  nl: `de het een en van in is dat op te zijn met voor niet aan er ook als maar om bij dan nog wel naar uit worden
       wordt door kan ze zij hij ik je jij we wij u was waren heeft hebben deze dit die wat geen meer of al zo tot
       over veel heel omdat toen hier`,
  pt: `o a os as de do da dos das e é em no na nos nas um uma uns umas que para com não por se seu sua seus suas ao
       à mais mas como foi são está ser ter tem eu você ele ela nós eles elas isso este esta muito também quando
       porque pelo pela já sobre entre onde`,
};

// Most frequent trigrams per language, most frequent first; '_' marks a word boundary.
const TRIGRAM_PROFILES = {
  en: `_th the he_ _an and nd_ ing ng_ _to _of of_ ion tio on_ ed_ _in er_ in_ ent is_ _is re_ at_ es_ _a_ hat
       tha for _fo or_ _be ati ter _wa as_ _co ll_ his _hi al_ ly_ ere ver _on it_ _it _wh _re con ect st_ nt_ _st
       all _ha ave was`,
  de: `en_ er_ _de der ich ein sch che ie_ die _di und _un nd_ cht _ei ch_ te_ den in_ ine gen ung ng_ _ge ten nde
       ver _ve eit _da das as_ ist _is st_ _zu _be ber ste _si sie _mi mit _wi _au auf uf_ nic ach hen lic _ni ht_
       ein _we ene`,
  fr: `es_ _de de_ le_ ent _le nt_ la_ _la ion les _pa re_ _et et_ _co on_ ue_ _qu que ne_ men tio _un _po des _en
       _re ons ait _ce _da _so ous eur our par pou ur_ _il it_ est _es st_ _du du_ ans dan _pl ell lle _mo ai_ té_
       _no eme`,
  es: `_de de_ os_ as_ el_ _la la_ _el es_ en_ ent _co _qu que ue_ _en ión ón_ _lo _pa _se do_ _es con ado los _po
       er_ nte ra_ _un cia aci _ca por or_ est sta _re ara ien _pr par no_ _no ero to_ ta_ ida dad ad_ _di ar_ _y_
       _ha ien`,
  it: `_di di_ la_ _la re_ to_ ell _de del _co one no_ _ch che he_ _il il_ _in _pe per er_ _e_ ent le_ ion zio _un
       ato are _al all lla lo_ gli _gl _so _ne _si con ta_ _pr ti_ _da _qu ere ess sta tto _ma ono nte ala ato _è_
       _la`,
  nl: `en_ _de de_ an_ et_ het _he van _va _ee een _en er_ _in ij_ _ge aar gen nde ing ng_ den ver _ve ten cht oor
       _vo ord _da _is is_ _op ijk lij te_ _te _me aan _ni nie iet _wo eer sch _zi erd _ze _di die _wa ie_ _ee ee_
       oe_`,
  pt: `_de de_ os_ as_ _qu que ue_ do_ _a_ ção ão_ _co _e_ _o_ _se _pa da_ ent _em em_ es_ _do nte ra_ com _no _po
       _um um_ par est men ado to_ _ma ões çõe er_ _re con _na ida dad ade ar_ ist _pr ame não _nã ela`,
};

// Letters (or digraphs) that are strong hints for a language when present at all.
const DISTINCTIVE = [
  ['ß', { de: 0.2 }], ['ä', { de: 0.08 }], ['ö', { de: 0.08 }], ['ü', { de: 0.08 }],
  ['ñ', { es: 0.15 }], ['¿', { es: 0.15 }], ['¡', { es: 0.15 }],
  ['ã', { pt: 0.15 }], ['õ', { pt: 0.15 }], ['ç', { fr: 0.05, pt: 0.05 }],
  ['œ', { fr: 0.15 }], ['ê', { fr: 0.05, pt: 0.05 }], ['è', { fr: 0.05, it: 0.05 }], ['ù', { fr: 0.05, it: 0.03 }],
  ['ò', { it: 0.08 }], ['ì', { it: 0.08 }], ['ij', { nl: 0.08 }],
];

const LANGUAGES = Object.keys(STOP_WORDS);
const STOP_SETS = mapLanguages((lang) => new Set(STOP_WORDS[lang].split(/\s+/).filter(Boolean)));
const TRIGRAM_WEIGHTS = mapLanguages(function rankWeights(lang) {
  // Rank-weighted: the most frequent trigram counts 1, the least frequent listed one close to 0.
  const list = TRIGRAM_PROFILES[lang].split(/\s+/).filter((t) => t.length === 3);
  const weights = new Map();
  list.forEach((trigram, rank) => { if (!weights.has(trigram)) weights.set(trigram, 1 - rank / list.length); });
  return weights;
});

const STOP_WEIGHT = 1.0;
const TRIGRAM_WEIGHT = 0.8;
const SOFTMAX_SHARPNESS = 12;
const MIN_EVIDENCE = 0.08; // below this raw score the text does not look like any supported language
const MIN_CONFIDENCE = 0.35; // a winner this unsure (e.g. "hello world") is reported as unknown
const MIN_LETTERS = 3;

function mapLanguages(build) {
  const result = {};
  for (const lang of LANGUAGES) result[lang] = build(lang);
  return result;
}

function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

function round(value) {
  return Math.round(value * 10000) / 10000;
}

/** Lower-cased words of Latin script; apostrophes split elisions such as "l'homme" and "dell'anno". */
function tokenize(text) {
  return text.toLowerCase().match(/[a-z\u00df-\u00f6\u00f8-\u00ff\u0153]+/g) || [];
}

function trigramsOf(words) {
  const counts = new Map();
  let total = 0;
  for (const word of words) {
    const padded = `_${word}_`;
    for (let i = 0; i + 3 <= padded.length; i++) {
      const trigram = padded.slice(i, i + 3);
      counts.set(trigram, (counts.get(trigram) || 0) + 1);
      total++;
    }
  }
  return { counts, total };
}

function rawScores(text, words) {
  const { counts, total } = trigramsOf(words);
  const lower = text.toLowerCase();
  return LANGUAGES.map(function scoreLanguage(lang) {
    const stopHits = words.filter((w) => STOP_SETS[lang].has(w)).length;
    let trigramScore = 0;
    for (const [trigram, count] of counts) {
      const weight = TRIGRAM_WEIGHTS[lang].get(trigram);
      if (weight !== undefined) trigramScore += count * weight;
    }
    let bonus = 0;
    for (const [marker, weights] of DISTINCTIVE) {
      if (weights[lang] !== undefined && lower.includes(marker)) bonus += weights[lang];
    }
    const raw = STOP_WEIGHT * (stopHits / words.length) + TRIGRAM_WEIGHT * (total ? trigramScore / total : 0) + bonus;
    return { lang, raw };
  });
}

function classify(input, ctx) {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) throw invalidInput('input: expected an object with a "text" field');
  if (typeof input.text !== 'string') throw invalidInput('input.text: expected a string');
  const minEvidence = typeof ctx?.config?.minEvidence === 'number' ? ctx.config.minEvidence : MIN_EVIDENCE;
  const minConfidence = typeof ctx?.config?.minConfidence === 'number' ? ctx.config.minConfidence : MIN_CONFIDENCE;

  const words = tokenize(input.text);
  const letters = words.reduce((sum, w) => sum + w.length, 0);
  if (letters < MIN_LETTERS) return { label: 'unknown', score: 1, details: { candidates: [] } };

  const scored = rawScores(input.text, words);
  const max = Math.max(...scored.map((s) => s.raw));
  // Subtract the max before exponentiating so large scores cannot overflow.
  const exps = scored.map((s) => Math.exp(SOFTMAX_SHARPNESS * (s.raw - max)));
  const sum = exps.reduce((a, b) => a + b, 0);
  const candidates = scored
    .map((s, i) => ({ lang: s.lang, score: exps[i] / sum }))
    .sort((a, b) => b.score - a.score || (a.lang < b.lang ? -1 : 1))
    .slice(0, 3)
    .map((c) => ({ lang: c.lang, score: round(c.score) }));

  if (max < minEvidence) {
    // Confidence that it is none of ours shrinks as the best match approaches the threshold.
    return { label: 'unknown', score: round(1 - max / minEvidence), details: { candidates } };
  }
  if (candidates[0].score < minConfidence) {
    // Some evidence, but spread over several languages: still too ambiguous to name one.
    return { label: 'unknown', score: round(1 - candidates[0].score), details: { candidates } };
  }
  return { label: candidates[0].lang, score: candidates[0].score, details: { candidates } };
}

export default { classify };
