import type { Command } from 'commander';
import { installPlugin } from '../../packaging/install.ts';
import { listInstalled, searchInstalled, type InstalledPlugin } from '../../packaging/installed.ts';
import { packPlugin } from '../../packaging/pack.ts';
import { collect, readTrustedKeys, verifyPluginFolder } from './signing.ts';

function printPlugins(plugins: readonly InstalledPlugin[], json: boolean | undefined): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(plugins, null, 2)}\n`);
    return;
  }
  if (plugins.length === 0) {
    process.stdout.write('no plugins\n');
    return;
  }
  const rows = plugins.map((p) => [p.id, p.version, p.capabilities.join(','), p.error === null ? (p.signed ? 'signed' : '') : `invalid: ${p.error}`]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] as string).length), ['id', 'version', 'capabilities'][i]!.length));
  const line = (cells: string[]) => cells.map((c, i) => (i < 3 ? c.padEnd(widths[i] as number) : c)).join('  ').trimEnd();
  process.stdout.write(`${[line(['id', 'version', 'capabilities', '']), ...rows.map(line)].join('\n')}\n`);
}

/** `corral pack`, `corral install`, `corral list`, `corral search`: plugins as versioned packages. */
export function registerPackagingCommands(program: Command): void {
  program
    .command('pack')
    .description('write a versioned tarball <id>-<version>.tgz with the manifest (integrity, signature) and bundle')
    .argument('[dir]', 'plugin folder', '.')
    .option('--out <dir>', 'where to write the tarball', '.')
    .action(async (dir: string, flags: { out: string }) => {
      const result = await packPlugin(dir, flags.out);
      process.stdout.write(`${result.file}\n`);
    });

  program
    .command('install')
    .description('install a plugin tarball into a plugins folder (validates it, refuses a downgrade, keeps the previous version in .previous/)')
    .argument('<tarball>', 'a file written by corral pack')
    .option('--plugins <dir>', 'plugins folder', 'plugins')
    .option('--force', 'allow installing a lower version')
    .option('--trust <file|dir>', 'trusted public key file or folder of *.pub files (repeatable); a signed plugin must verify against them', collect)
    .option('--require-signature', 'refuse plugins without a valid signature by a trusted key')
    .action(async (tarball: string, flags: { plugins: string; force?: boolean; trust?: string[]; requireSignature?: boolean }) => {
      const trusted = await readTrustedKeys(flags.trust ?? []);
      const result = await installPlugin(tarball, {
        pluginsDir: flags.plugins,
        force: flags.force === true,
        // Signature policy: required → must verify; otherwise a signature that is present must still verify.
        verify: async (pkg) => {
          if (flags.requireSignature || (pkg.manifest.signature !== undefined && trusted.length > 0)) await verifyPluginFolder(pkg.dir, trusted);
        },
      });
      const previous = result.previous ? ` (previous ${result.previous.version} kept in ${result.previous.keptAt})` : '';
      process.stdout.write(`installed ${result.id} ${result.version} into ${result.dir}${previous}\n`);
    });

  program
    .command('list')
    .description('list the plugins installed in a folder (read from disk; no sandbox is started)')
    .option('--plugins <dir>', 'plugins folder', 'plugins')
    .option('--json', 'print JSON')
    .action(async (flags: { plugins: string; json?: boolean }) => {
      printPlugins(await listInstalled(flags.plugins), flags.json);
    });

  program
    .command('search')
    .description('find installed plugins whose id, name, description or capabilities contain every word')
    .argument('<text>', 'words to look for')
    .option('--plugins <dir>', 'plugins folder', 'plugins')
    .option('--json', 'print JSON')
    .action(async (text: string, flags: { plugins: string; json?: boolean }) => {
      printPlugins(searchInstalled(await listInstalled(flags.plugins), text), flags.json);
    });
}
