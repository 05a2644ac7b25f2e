import { writePlugin } from '../helpers.ts';

/** A healthy plugin with diagnostics commands of every argument type. */
export async function writeInspector(root: string, id = 'inspector'): Promise<string> {
  return writePlugin(
    root,
    {
      id,
      commands: {
        count: {
          description: 'Count the words of a text',
          args: [
            { name: 'text', type: 'string', required: true, description: 'the text' },
            { name: 'unique', type: 'boolean', description: 'count distinct words only' },
          ],
        },
        echo: { description: 'Answer the arguments it got', args: [{ name: 'value', type: 'json' }, { name: 'times', type: 'integer' }] },
        greet: { description: 'Say hello in text' },
        fail: { description: 'Throw' },
      },
    },
    `export default {
      classify(input) { return { label: 'inspected' }; },
      'command:count'(args, ctx) {
        const words = String(args.text).split(/\\s+/).filter(Boolean);
        return { words: args.unique ? new Set(words).size : words.length, capability: ctx.capability };
      },
      'command:echo'(args) { return { args }; },
      'command:greet'() { return 'hello from the sandbox'; },
      'command:fail'() { throw new RangeError('nothing to see'); },
    };`,
  );
}

/** Hostile commands under a 200 ms deadline: one spins forever, one awaits a promise that never settles. */
export async function writeSpinner(root: string, id = 'spinner'): Promise<string> {
  return writePlugin(
    root,
    { id, limits: { timeoutMs: 200 }, commands: { spin: { description: 'Loop forever' }, hang: { description: 'Never settle' } } },
    `export default {
      classify() { return { label: 'still here' }; },
      'command:spin'() { for (;;) {} },
      'command:hang'() { return new Promise(() => {}); },
    };`,
  );
}

/** A plugin without commands, beside the others. */
export async function writePlain(root: string, id = 'plain'): Promise<string> {
  return writePlugin(root, { id }, `export default { classify() { return { label: 'plain' }; } };`);
}
