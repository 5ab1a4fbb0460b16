// The command line's input and output captured in memory, for tests that call `run` directly.
import { PassThrough } from 'node:stream';
import type { Io } from '../src/cli/io.js';

export type CapturedIo = Io & { stdout: string[]; stderr: string[] };

/** An Io whose standard input holds `stdinText` and whose output lines are collected. */
export function capture(stdinText = ''): CapturedIo {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), stdin, isTty: false };
}
