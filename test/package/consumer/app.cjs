// The same from CommonJS: Node's require(esm) loads the ES module build.
const { createEngine, CORRAL_VERSION } = require('corral');

(async () => {
  const engine = await createEngine({ plugins: ['./plugins/word-classifier'] });
  try {
    const outcome = await engine.invoke('word-classifier', 'classify', { text: 'a great day' });
    console.log(JSON.stringify({ version: CORRAL_VERSION, status: outcome.status, label: outcome.status === 'ok' ? outcome.value.label : null }));
  } finally {
    await engine.close();
  }
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
