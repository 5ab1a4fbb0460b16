// Public face of quantity extraction: findQuantities(text, options) -> Quantity[].
import type { Quantity } from '../../model/analysis.js';
import { DEFAULT_QUANTITY_OPTIONS, type QuantityOptions } from './options.js';
import { scanQuantities } from './scan.js';

export { DEFAULT_QUANTITY_OPTIONS, type QuantityOptions } from './options.js';
export type { UnitClass } from './units.js';

/**
 * Finds the quantities in `text`: numbers with unit, unit class, approximation, range and change direction, each with
 * its character span and the rule that built it. One pass over the tokens with bounded look-around: linear in the text.
 */
export function findQuantities(text: string, options: Partial<QuantityOptions> = {}): Quantity[] {
  const o: QuantityOptions = { ...DEFAULT_QUANTITY_OPTIONS, ...options };
  return scanQuantities(text, o);
}
