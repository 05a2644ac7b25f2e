import { describe, expect, it } from 'vitest';
import { expectInvalidInput, fakeCtx, loadPlugin, readManifest } from './helpers.ts';

const plugin = await loadPlugin('language-detector');
const ctx = fakeCtx('language-detector', readManifest('language-detector').config);
const classify = (text: string) => plugin.classify!({ text }, ctx);

describe('language-detector classify', () => {
  it.each([
    ['en', 'The quick brown fox jumps over the lazy dog and runs into the forest.'],
    ['en', 'I think that we should go to the market before it closes.'],
    ['de', 'Der schnelle braune Fuchs springt über den faulen Hund und läuft in den Wald.'],
    ['de', 'Ich habe heute keine Zeit, weil ich arbeiten muss.'],
    ['de', 'Straßenbahn fährt'],
    ['fr', 'Le renard brun rapide saute par-dessus le chien paresseux et court dans la forêt.'],
    ['fr', "Je pense que nous devons aller au marché avant qu'il ferme."],
    ['es', 'El rápido zorro marrón salta sobre el perro perezoso y corre hacia el bosque.'],
    ['es', '¿Dónde está la biblioteca?'],
    ['it', 'La volpe marrone veloce salta sopra il cane pigro e corre nella foresta.'],
    ['it', 'Penso che dovremmo andare al mercato prima che chiuda.'],
    ['nl', 'De snelle bruine vos springt over de luie hond en rent het bos in.'],
    ['nl', 'Ik denk dat we naar de markt moeten gaan voordat die sluit.'],
    ['pt', 'A rápida raposa marrom pula sobre o cão preguiçoso e corre para a floresta.'],
    ['pt', 'Eu acho que devemos ir ao mercado antes que ele feche.'],
  ])('%s: %s', (lang, text) => {
    const out = classify(text);
    expect(out.label).toBe(lang);
    expect(out.details.candidates[0].lang).toBe(lang);
    expect(out.score).toBe(out.details.candidates[0].score);
    expect(out.score).toBeGreaterThan(0.5);
  });

  it('returns the top 3 candidates, best first, with probabilities', () => {
    const { candidates } = classify('Creo que deberíamos ir al mercado antes de que cierre.').details;
    expect(candidates).toHaveLength(3);
    expect(candidates[0].lang).toBe('es');
    expect(candidates[1].lang).toBe('pt'); // the closest relative should be the runner-up
    for (let i = 1; i < candidates.length; i++) expect(candidates[i - 1].score).toBeGreaterThanOrEqual(candidates[i].score);
    for (const c of candidates) expect(c.score).toBeGreaterThanOrEqual(0);
  });

  it.each([['12345 !!! ???'], [''], ['ok'], ['xq zzkv pplt wrrg'], ['Привет, как дела?'], ['hello world']])('%j -> unknown', (text) => {
    const out = classify(text);
    expect(out.label).toBe('unknown');
    expect(out.score).toBeGreaterThanOrEqual(0);
    expect(out.score).toBeLessThanOrEqual(1);
    expect(out.details.candidates.length).toBeLessThanOrEqual(3);
  });

  it('honours config.minConfidence', () => {
    expect(plugin.classify!({ text: 'hello world' }, fakeCtx('language-detector', { minConfidence: 0.2 })).label).not.toBe('unknown');
  });

  it.each([
    [42, 'input: expected an object'],
    [{ txt: 'hello' }, 'input.text: expected a string'],
    [{ text: null }, 'input.text: expected a string'],
  ])('rejects %j', (input, fragment) => {
    expectInvalidInput(() => plugin.classify!(input, ctx), fragment);
  });
});
