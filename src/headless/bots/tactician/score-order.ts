// Steering's directions taken by score, highest first, the earlier listed first on a tie (a stable
// sort's order), in two parts: the first alone (one look, mostly all that is needed), then the rest.

/**
 * Moves the entry of `order` with the highest score (score[k + 1] for entry k; the earliest on a
 * tie) to the front of the first `count`, the others keeping their order.
 */
export function moveHighestFirst(order: Int32Array, score: Float64Array, count: number): void {
  let at = 0;
  for (let m = 1; m < count; m++) if (score[order[m]! + 1]! > score[order[at]! + 1]!) at = m;
  const top = order[at]!;
  for (let m = at; m > 0; m--) order[m] = order[m - 1]!;
  order[0] = top;
}

/** Sorts entries from..count-1 of `order` by score, highest first, stable (insertion: a handful). */
export function sortFrom(order: Int32Array, score: Float64Array, from: number, count: number): void {
  for (let n = from + 1; n < count; n++) {
    const k = order[n]!;
    const s = score[k + 1]!;
    let i = n;
    while (i > from && score[order[i - 1]! + 1]! < s) {
      order[i] = order[i - 1]!;
      i--;
    }
    order[i] = k;
  }
}
