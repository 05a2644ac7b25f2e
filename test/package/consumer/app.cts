// Type-checked only: a CommonJS TypeScript module importing the ES module package (require(esm)).
import corral = require('corral');

async function main(): Promise<void> {
  const engine = await corral.createEngine({ plugins: ['./plugins/word-classifier'] });
  const outcome = await engine.invoke('word-classifier', 'classify', { text: 'ok' });
  console.log(outcome.status, corral.CORRAL_VERSION);
  await engine.close();
}
void main();
