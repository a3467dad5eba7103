// Broad phase for separating bodies (separate.ts): whether any two circles overlap, found by sort
// and sweep on x instead of trying every pair. Most ticks nobody touches anybody, and then the pair
// loop has nothing to do.

/** Extra pixels on the sweep's reach, so float rounding in the bound can never drop a true pair. */
const SWEEP_MARGIN = 1;

// Scratch, reused by every call: circle indices sorted by x. Kept between calls as a start for the
// sort (bodies move little in a tick, so last tick's order is nearly sorted); any permutation works.
let order = new Int32Array(64);
let orderSize = 0;

/**
 * Whether circles i < j < n exist with (xs[j]-xs[i])^2 + (ys[j]-ys[i])^2 < (rs[i]+rs[j])^2: the
 * same test, in the same arithmetic, as the plain pair loop's.
 */
export function anyOverlap(xs: Float64Array, ys: Float64Array, rs: Float64Array, n: number): boolean {
  if (order.length < n) order = new Int32Array(n * 2);
  const ord = order;
  if (orderSize !== n) {
    for (let k = 0; k < n; k++) ord[k] = k;
    orderSize = n;
  }
  // Insertion sort by x (linear on an order that is nearly right already), finding the largest
  // radius in the same pass.
  let maxR = 0;
  for (let k = 0; k < n; k++) {
    const i = ord[k]!;
    const x = xs[i]!;
    // NaN sorts nowhere: say yes and leave it to the pair loop (it never arises in play).
    if (x !== x) return true;
    if (rs[i]! > maxR) maxR = rs[i]!;
    let m = k - 1;
    while (m >= 0 && xs[ord[m]!]! > x) {
      ord[m + 1] = ord[m]!;
      m--;
    }
    ord[m + 1] = i;
  }
  for (let k = 0; k < n; k++) {
    const i = ord[k]!;
    // Any j further right than this is more than rs[i] + rs[j] away in x alone.
    const reach = xs[i]! + rs[i]! + maxR + SWEEP_MARGIN;
    for (let m = k + 1; m < n; m++) {
      const j = ord[m]!;
      if (xs[j]! >= reach) break;
      // The pair loop's test. Its operand order (i before j in list order) need not be kept:
      // negating a difference and swapping a sum's terms are exact, so the squares and the sum
      // come out bit for bit the same either way round.
      const dx = xs[j]! - xs[i]!;
      const dy = ys[j]! - ys[i]!;
      const min = rs[i]! + rs[j]!;
      if (!(dx * dx + dy * dy >= min * min)) return true;
    }
  }
  return false;
}
