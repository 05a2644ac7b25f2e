import { CliFailure } from './cli-error.ts';

export interface StatusFlags {
  url: string;
  token?: string;
  json?: boolean;
}

interface StatusEntry {
  id: string;
  version: string | null;
  state: string;
  enabled: boolean;
  validation_status: string;
  unavailable_reason: string | null;
  counters: Record<string, { success: number; failure: number; timeouts: number }>;
  last_error: { code: string; message: string } | null;
}

/** `corral status`: GET /api/v1/plugins/status from a running server and print it as a table. */
export async function status(flags: StatusFlags, out: NodeJS.WritableStream = process.stdout): Promise<void> {
  const url = new URL('/api/v1/plugins/status', flags.url);
  const token = flags.token ?? process.env.CORRAL_TOKEN;
  let response: Response;
  try {
    response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: AbortSignal.timeout(10_000) });
  } catch (error) {
    throw new CliFailure(`cannot reach ${url.origin}: ${((error as Error).cause as Error | undefined)?.message ?? (error as Error).message}`);
  }
  const body = (await response.json().catch(() => null)) as { plugins?: StatusEntry[]; title?: string; detail?: string } | null;
  if (!response.ok || body === null || !Array.isArray(body.plugins)) {
    throw new CliFailure(`${url.href}: ${response.status} ${body?.title ?? response.statusText}${body?.detail ? `: ${body.detail}` : ''}`);
  }
  if (flags.json) {
    out.write(`${JSON.stringify(body, null, 2)}\n`);
    return;
  }
  out.write(renderTable(body.plugins));
}

export function renderTable(plugins: readonly StatusEntry[]): string {
  const header = ['ID', 'VERSION', 'STATE', 'ENABLED', 'VALIDATION', 'UNAVAILABLE', 'OK', 'FAILED', 'TIMEOUTS', 'LAST ERROR'];
  const rows = plugins.map(function row(p) {
    const totals = Object.values(p.counters).reduce((t, c) => ({ ok: t.ok + c.success, failed: t.failed + c.failure, timeouts: t.timeouts + c.timeouts }), { ok: 0, failed: 0, timeouts: 0 });
    const error = p.last_error === null ? '-' : `${p.last_error.code}: ${p.last_error.message}`;
    return [p.id, p.version ?? '-', p.state, p.enabled ? 'yes' : 'no', p.validation_status, p.unavailable_reason ?? '-', String(totals.ok), String(totals.failed), String(totals.timeouts), error.length > 80 ? `${error.slice(0, 77)}...` : error];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] as number))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
