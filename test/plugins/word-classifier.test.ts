import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const plugin = await loadPlugin('word-classifier');
const ctx = fakeCtx('word-classifier', readManifest('word-classifier').config);
const classify = (text: string) => plugin.classify!({ text }, ctx);

describe('word-classifier classify', () => {
  it.each([
    ['This movie was good.', 'positive'],
    ['This movie was not good.', 'negative'],
    ['This movie was bad.', 'negative'],
    ['This movie was not bad at all.', 'positive'],
    ["I don't love it.", 'negative'],
    ['I absolutely loved it, the staff were wonderful!', 'positive'],
    ['Terrible service and the food was awful.', 'negative'],
    ['No problem, everything works.', 'positive'],
    ['The food was great but the service was awful.', 'negative'],
    ['The service was awful but the food was great.', 'positive'],
    ['The package arrived on Tuesday.', 'neutral'],
    ['Good and bad.', 'neutral'],
    ['I hated it :(', 'negative'],
    ['Thanks :)', 'positive'],
    ['Everything is broken and useless', 'negative'],
    ['The results were impressive and the team is thrilled', 'positive'],
  ])('%s -> %s', (text, label) => {
    expect(classify(text).label).toBe(label);
  });

  it('returns the documented shape with a confidence in [0, 1]', () => {
    const out = classify('This is a very good and reliable product.');
    expect(out).toEqual({ label: 'positive', score: expect.any(Number), details: { positive: 2, negative: 0, tokens: 8 } });
    expect(out.score).toBeGreaterThan(0.5);
    expect(out.score).toBeLessThanOrEqual(1);
  });

  it('intensifiers strengthen and diminishers weaken the score', () => {
    const plain = classify('It was good.').score;
    expect(classify('It was very good.').score).toBeGreaterThan(plain);
    expect(classify('It was extremely good.').score).toBeGreaterThan(classify('It was very good.').score);
    expect(classify('It was slightly good.').score).toBeLessThan(plain);
  });

  it('negation is milder than the opposite word and ends at punctuation', () => {
    expect(classify('It is not good.').score).toBeLessThan(classify('It is bad.').score);
    // "not" must not reach past the comma and flip "great".
    expect(classify('Not what I expected, great result.').label).toBe('positive');
  });

  it('counts inflected forms through suffix stripping and ALL-CAPS as emphasis', () => {
    expect(classify('She loves it').details.positive).toBe(1);
    expect(classify('It is AWFUL').score).toBeGreaterThan(classify('It is awful').score);
  });

  it('treats text without opinion words as confidently neutral', () => {
    expect(classify('')).toEqual({ label: 'neutral', score: 1, details: { positive: 0, negative: 0, tokens: 0 } });
    expect(classify('Good and bad.').score).toBeLessThan(1);
  });

  it('honours config.neutralBand', () => {
    const wide = fakeCtx('word-classifier', { neutralBand: 0.9 });
    expect(plugin.classify!({ text: 'It was good.' }, wide).label).toBe('neutral');
  });

  it.each([
    [undefined, 'input: expected an object'],
    ['text', 'input: expected an object'],
    [[], 'input: expected an object'],
    [{}, 'input.text: expected a string'],
    [{ text: 42 }, 'input.text: expected a string'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => plugin.classify!(input, ctx), fragment);
  });
});
