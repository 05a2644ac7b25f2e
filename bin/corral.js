#!/usr/bin/env node
// The `corral` bin. A clone runs the TypeScript sources directly (Node strips their types), so
// `npx corral` works there without a build and never runs a stale one; the published package ships
// no sources and runs its build (dist/, made by `npm pack`).
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/main.ts', import.meta.url);
await import(existsSync(sources) ? sources.href : new URL('../dist/src/cli/main.js', import.meta.url).href);
