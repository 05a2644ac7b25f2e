// Type-checked only (tsc --noEmit, strict, nodenext): the public API and the SDK as a TS app sees them.
import { createEngine, defineCapability, isCorralError, type DispatchResult, type EngineOptions, type Outcome } from 'corral';
import { definePlugin, InvalidInputError, type PluginContext } from 'corral/sdk';
import { z } from 'zod';

const classify = defineCapability({
  name: 'classify',
  input: z.object({ text: z.string() }),
  output: z.object({ label: z.string(), score: z.number() }),
  merge: 'majority',
});
const options: EngineOptions = { pluginsDir: './plugins', capabilities: [classify], isolation: 'process', limits: { defaultTimeoutMs: 500 } };
const engine = await createEngine(options);
const outcome: Outcome = await engine.invoke('word-classifier', 'classify', { text: 'hi' });
if (outcome.status === 'error') console.log(outcome.error.type satisfies string);
const result: DispatchResult = await engine.dispatch('classify', { text: 'hi' });
console.log(result.stats.ok, engine.plugins().map((p) => p.state));
try {
  await engine.invoke('nope', 'classify', {});
} catch (error) {
  if (isCorralError(error)) console.log(error.code);
}
await engine.close();

interface Contracts {
  greet: { input: { name: string }; output: { greeting: string } };
}
export const plugin = definePlugin<Contracts>({
  greet(input, ctx: PluginContext) {
    if (input.name === '') throw new InvalidInputError('name: expected a non-empty string');
    ctx.log.info('greeting', input.name);
    return { greeting: `hello ${input.name}` };
  },
});
