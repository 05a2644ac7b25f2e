import { AdminClient, type ServerFlags } from './admin-client.ts';
import { CliFailure } from './cli-error.ts';
import { formatColumns } from './columns.ts';

export type StatusFlags = ServerFlags;

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
  const client = AdminClient.from(flags);
  const body = await client.request<{ plugins?: StatusEntry[] }>('GET', '/api/v1/plugins/status');
  if (!Array.isArray(body.plugins)) throw new CliFailure(`${client.url.origin}: the status answer has no plugins list (is this a corral server?)`);
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
  return formatColumns([header, ...rows]);
}
