#!/usr/bin/env node
// Entry point of the `triangulate` command.
// First, before any other module runs: when V8 optimises (see v8-tiering.ts).
import '../pipeline/v8-tiering-set.js';
import { run } from './program.js';

// A reader that stops early (`| head`) closes the pipe; that ends the output, not in an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await run(process.argv);
