// An embedding app as users write it: plain `node app.mjs`, no flags, corral from node_modules.
import { createEngine } from 'corral';

const engine = await createEngine({ pluginsDir: './plugins' });
try {
  const result = await engine.dispatch('classify', { text: 'I love this wonderful product' });
  const health = engine.poolHealth();
  console.log(JSON.stringify({ ok: result.results.filter((o) => o.status === 'ok').length, plugins: result.stats.plugins, isolation: health.isolation }));
} finally {
  await engine.close();
}
