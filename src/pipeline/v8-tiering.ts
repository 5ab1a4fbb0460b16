// When V8 optimises a function: the run's code is compiled by TurboFan once it has run enough.
//
// An ingest run spends a large share of its CPU (a fifth with two extraction threads, on V8's own
// threads) compiling functions with TurboFan, and every extraction thread compiles the analysis
// code again for itself. With V8 11 (Node 20) a function is marked for optimising after running
// about 66 KiB of bytecode (`--interrupt-budget`); from V8 12 (Node 22) on, where Maglev sits
// between the baseline code and TurboFan, V8's own default is 132 KiB. With the larger budget on
// V8 11, fewer lukewarm functions are compiled, and a function that was deoptimised gathers more
// type feedback before it is compiled again (bench/RESULTS.md: about a tenth less CPU for `add`).
// Only where the flag is known is it set: V8 prints an error for a flag it does not have.
// No output depends on it: it changes when code is optimised, never what it computes.
import { setFlagsFromString } from 'node:v8';

/** V8 12's default interrupt budget, in bytes of bytecode run. */
export const INTERRUPT_BUDGET = 132 * 1024;

/** The flag to set on the V8 of version `v8Version` (as `process.versions.v8` writes it), or null to keep its defaults. */
export function tieringFlag(v8Version: string): string | null {
  const major = Number(v8Version.split('.')[0]);
  return major === 11 ? `--interrupt-budget=${INTERRUPT_BUDGET}` : null;
}

/**
 * Sets the budget for this process (all its threads: V8's flags are the process's), before the
 * hot code runs; returns the flag set, or null where V8's defaults are kept.
 */
export function tuneTiering(v8Version: string = process.versions.v8): string | null {
  const flag = tieringFlag(v8Version);
  if (flag !== null) setFlagsFromString(flag);
  return flag;
}
