#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { ensureNoNodeSnapshot } from './ensure-node-flags.ts';

ensureNoNodeSnapshot(fileURLToPath(import.meta.url));
const { runCli } = await import('./program.ts');
process.exitCode = await runCli(process.argv);
