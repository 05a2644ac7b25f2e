// Child side of the child_process baseline: import the plugin module named in argv, then answer
// { id, name, input } messages with { id, value } over IPC. Plain .mjs: no type stripping needed.
const plugin = (await import(process.argv[2])).default;
process.on('message', (message) => {
  let reply;
  try {
    reply = { id: message.id, value: plugin[message.name](message.input, {}) };
  } catch (error) {
    reply = { id: message.id, error: String(error) };
  }
  process.send(reply);
});
process.send({ id: 0, ready: true });
