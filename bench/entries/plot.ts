/**
 * Bare Observable Plot: each indicator's own `chart()` function, called on the same rows,
 * appended to a plain `<div>`. No Lit, no card, no claim check, no sources.
 */
import { findIndicator } from '../../src/indicators/index.js';
import { loadRows } from '../../src/lib/data.js';
import { benchDrawn, slots } from './slots.js';

for (const slot of slots()) {
  const indicator = findIndicator(slot.dataset.indicator)!;
  slot.append(indicator.chart(loadRows(indicator.dataset), { width: slot.clientWidth }));
  benchDrawn(slot);
}
