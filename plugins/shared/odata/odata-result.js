/** The one result shape every adapter's translate-result returns. */
export function odataResult({ context, value, count }) {
  return { '@odata.context': context, '@odata.count': count === undefined ? value.length : count, value };
}
