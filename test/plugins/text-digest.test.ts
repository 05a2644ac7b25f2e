import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const plugin = await loadPlugin('text-digest');
const ctx = fakeCtx('text-digest', readManifest('text-digest').config);
const classify = (text: string) => plugin.classify!({ text }, ctx);
const summarize = (input: unknown) => plugin.summarize!(input, ctx);

describe('text-digest classify', () => {
  it.each([
    ['tech', 'Apple released a new software update for the iPhone to fix a security bug in the browser.'],
    ['tech', 'The startup trains machine learning models on GPU clusters in the cloud.'],
    ['finance', 'The stock market fell sharply as investors feared rising interest rates and inflation.'],
    ['sports', 'The team won the championship after the striker scored two goals in the final.'],
    ['health', 'Doctors at the hospital said the new vaccine reduced infections among patients.'],
    ['politics', 'The president met the prime minister before the parliament vote on the new election law.'],
    ['other', 'I went for a walk with my dog in the park this afternoon.'],
  ])('%s: %s', (topic, text) => {
    expect(classify(text).label).toBe(topic);
  });

  it('reports per-topic hit counts and the matched keywords', () => {
    expect(classify('The stock market fell sharply as investors feared rising interest rates and inflation.')).toEqual({
      label: 'finance',
      score: 0.9502,
      details: {
        scores: { tech: 0, finance: 6, sports: 0, health: 0, politics: 0 },
        keywords: ['stock', 'market', 'investors', 'interest', 'rates', 'inflation'],
      },
    });
  });

  it('lowers confidence when topics are mixed', () => {
    const pure = classify('Investors watched the stock market and bond prices.').score;
    const mixed = classify('Investors watched the stock market while the team won the football match.').score;
    expect(mixed).toBeLessThan(pure);
  });

  it('needs minTopicMatches hits before committing to a topic', () => {
    expect(classify('Please review the code.').label).toBe('other');
    expect(classify('Please review the code.').score).toBe(0.75);
    expect(plugin.classify!({ text: 'Please review the code.' }, fakeCtx('text-digest', { minTopicMatches: 1 })).label).toBe('tech');
  });

  it.each([
    [null, 'input: expected an object'],
    [{ text: 1 }, 'input.text: expected a string'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => plugin.classify!(input, ctx), fragment);
  });
});

describe('text-digest summarize', () => {
  const article = [
    'Dr. Smith arrived in the U.S. on Monday.',
    'The solar panel industry is growing fast.',
    'Solar panel prices fell 20% last year, e.g. in Germany.',
    'Many homeowners now install solar panels on their roofs!',
    'Is the boom sustainable?',
    'Analysts expect solar capacity to double by 2030.',
  ].join(' ');

  it('splits sentences without breaking on abbreviations, initials or decimals', () => {
    const out = summarize({ text: article, maxSentences: 10 });
    expect(out.sentences).toEqual([
      'Dr. Smith arrived in the U.S. on Monday.',
      'The solar panel industry is growing fast.',
      'Solar panel prices fell 20% last year, e.g. in Germany.',
      'Many homeowners now install solar panels on their roofs!',
      'Is the boom sustainable?',
      'Analysts expect solar capacity to double by 2030.',
    ]);
    expect(summarize({ text: 'Pi is about 3.14 today. J. R. Tolkien wrote books.', maxSentences: 5 }).sentences).toEqual([
      'Pi is about 3.14 today.',
      'J. R. Tolkien wrote books.',
    ]);
  });

  it('keeps the highest-scoring sentences in their original order', () => {
    const out = summarize({ text: article, maxSentences: 2 });
    expect(out.sentences).toEqual(['The solar panel industry is growing fast.', 'Solar panel prices fell 20% last year, e.g. in Germany.']);
    expect(out.summary).toBe('The solar panel industry is growing fast. Solar panel prices fell 20% last year, e.g. in Germany.');
  });

  it('preserves document order even when the best sentence comes last', () => {
    const text = 'Weather was mild. Rivers rose slowly. Kayak rentals grew. Kayak rental shops report that kayak rental demand doubled.';
    const out = summarize({ text, maxSentences: 2 });
    expect(out.sentences).toEqual(['Kayak rentals grew.', 'Kayak rental shops report that kayak rental demand doubled.']);
  });

  it('returns keywords by frequency (plurals folded) and stats of the whole text', () => {
    const out = summarize({ text: article });
    expect(out.keywords).toHaveLength(5);
    expect(out.keywords.slice(0, 2)).toEqual(['solar', 'panel']);
    expect(out.sentences).toHaveLength(3); // default maxSentences from config
    expect(out.stats).toEqual({ sentences: 6, words: 48, characters: article.length });
  });

  it('splits on blank lines and handles empty text', () => {
    expect(summarize({ text: 'Title line\n\nBody sentence here.', maxSentences: 5 }).sentences).toEqual(['Title line', 'Body sentence here.']);
    expect(summarize({ text: '' })).toEqual({ summary: '', sentences: [], keywords: [], stats: { sentences: 0, words: 0, characters: 0 } });
  });

  it.each([
    [{}, 'input.text: expected a string'],
    [{ text: 'a', maxSentences: 0 }, 'input.maxSentences: expected an integer >= 1'],
    [{ text: 'a', maxSentences: 2.5 }, 'input.maxSentences: expected an integer >= 1'],
    [{ text: 'a', maxSentences: '3' }, 'input.maxSentences: expected an integer >= 1'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => summarize(input), fragment);
  });
});
