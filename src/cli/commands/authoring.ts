import type { Command } from 'commander';
import { buildPlugin } from '../../authoring/build.ts';
import { writeTemplate } from '../../authoring/template.ts';
import { validatePlugin } from '../../authoring/validate.ts';

/** `corral init`, `corral build`, `corral validate`: going from nothing to a checked plugin. */
export function registerAuthoringCommands(program: Command): void {
  program
    .command('init')
    .description('write a working plugin template (manifest, code and its own test) into a new folder')
    .argument('<dir>', 'new plugin folder; its name becomes the plugin id')
    .option('--capability <name>', 'capability the template implements', 'classify')
    .option('--typescript', 'TypeScript source in src/ (bundle with `corral build`)')
    .action(async (dir: string, flags: { capability: string; typescript?: boolean }) => {
      const files = await writeTemplate(dir, { capability: flags.capability, typescript: flags.typescript === true });
      const steps = [...(flags.typescript ? [`npx corral build ${dir}`] : []), `npx corral validate ${dir}`, `node --test ${dir}/plugin.test.mjs`];
      process.stdout.write(`created ${dir}: ${files.join(', ')}\nnext: ${steps.join(' && ')}\n`);
    });

  program
    .command('build')
    .description("type-check, then bundle the plugin and its npm dependencies into the one module the sandbox runs (the manifest's main, with an inline source map) and record its integrity")
    .argument('[dir]', 'plugin folder', '.')
    .option('--entry <file>', 'entry module, relative to the folder (default src/index.ts or src/index.js)')
    .option('--no-typecheck', "bundle a TypeScript entry without type-checking it first (with the plugin's tsconfig.json)")
    .action(async (dir: string, flags: { entry?: string; typecheck: boolean }) => {
      const result = await buildPlugin(dir, { entry: flags.entry, typecheck: flags.typecheck });
      const checked = result.typechecked ? ', type-checked' : '';
      process.stdout.write(`built ${result.output} (${result.bytes} bytes) from ${result.entry}${checked}\nintegrity ${result.integrity}\n`);
    });

  program
    .command('validate')
    .description('check the manifest, integrity, exports against declared capabilities, size limits and permissions')
    .argument('[dir]', 'plugin folder', '.')
    .option('--json', 'print a machine-readable report')
    .action(async (dir: string, flags: { json?: boolean }) => {
      const report = await validatePlugin(dir);
      if (flags.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else {
        const name = report.plugin ? `${report.plugin.id} ${report.plugin.version}` : report.dir;
        for (const warning of report.warnings) process.stdout.write(`warning: ${warning}\n`);
        for (const error of report.errors) process.stdout.write(`error: ${error.message} [${error.code}]\n`);
        process.stdout.write(report.ok ? `${name}: valid\n` : `${name}: invalid (${report.errors.length} error${report.errors.length === 1 ? '' : 's'})\n`);
      }
      if (!report.ok) process.exitCode = 1;
    });
}
