#!/usr/bin/env node
// The `corral` bin. It imports almost nothing before it knows what was asked, so `corral --version`
// and a wrong Node answer at once; everything else loads the program.
import { unsupportedNodeMessage } from '../node-support.ts';
import { CORRAL_VERSION } from '../version.ts';
import { withNodeSnapshotFlag } from './node-snapshot-flag.ts';

const args = process.argv.slice(2);
const unsupported = unsupportedNodeMessage();
if (unsupported !== undefined) {
  process.stderr.write(`corral: ${unsupported}\n`);
  process.exit(1);
}
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${CORRAL_VERSION}\n`);
  process.exit(0);
}
withNodeSnapshotFlag(args);
const { runCli } = await import('./program.ts');
process.exitCode = await runCli(process.argv);
