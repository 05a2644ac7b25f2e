// Errors every adapter raises the same way: the engine maps a thrown InvalidInputError to the outcome
// type `invalid_input`, so a caller learns which option was wrong and what was expected.

export function invalidInput(message) {
  const error = new Error(message);
  error.name = 'InvalidInputError';
  return error;
}

export function syntaxError(field, pos, message) {
  return invalidInput(`${field}: syntax error at position ${pos}: ${message}`);
}

/** A construct the dialect parses but this adapter cannot express; `construct` names it for the caller. */
export function unsupported(field, construct, adapter, hint) {
  return invalidInput(`${field}: ${construct} is not supported by the ${adapter}${hint ? `; ${hint}` : ''}`);
}

export function isPlainObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
