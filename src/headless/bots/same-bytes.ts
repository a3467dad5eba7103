// Whether two grids of bytes (cells, burn states) are the same, four bytes at a time: bots compare
// the world's grids with copies of what they last worked from, to redo nothing that has not changed.

/** Four-byte views of byte arrays, kept per array (a world's cells live as long as its episode). */
const wordViews = new WeakMap<Uint8Array, Int32Array>();

function wordsOf(a: Uint8Array): Int32Array {
  let w = wordViews.get(a);
  if (!w) {
    w = new Int32Array(a.buffer, a.byteOffset, a.length >> 2);
    wordViews.set(a, w);
  }
  return w;
}

/** Whether two byte arrays of the same length hold the same bytes (four at a time where aligned). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  const n = a.length;
  let i = 0;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    for (; i < wa.length; i++) if (wa[i] !== wb[i]) return false;
    i = wa.length << 2;
  }
  for (; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The first index at or after `from` where two byte arrays of the same length differ, or -1: walks
 * the changes of a grid against a copy of it at the cost of a sameBytes() where nothing changed.
 */
export function nextDifference(a: Uint8Array, b: Uint8Array, from: number): number {
  const n = a.length;
  let i = from;
  if (a.byteOffset % 4 === 0 && b.byteOffset % 4 === 0) {
    // Byte by byte up to a word boundary, then a word at a time until one differs.
    for (; i < n && (i & 3) !== 0; i++) if (a[i] !== b[i]) return i;
    // Past the end before a word boundary: without this, the word index below would point back
    // before `from` (on grids whose length is not a multiple of four) and find a byte again.
    if (i >= n) return -1;
    const wa = wordsOf(a);
    const wb = wordsOf(b);
    const words = wa.length;
    let w = i >> 2;
    // Sixteen bytes a round while they all agree (a grid mostly has not changed), then word by word.
    while (w + 4 <= words && ((wa[w]! ^ wb[w]!) | (wa[w + 1]! ^ wb[w + 1]!) | (wa[w + 2]! ^ wb[w + 2]!) | (wa[w + 3]! ^ wb[w + 3]!)) === 0) w += 4;
    while (w < words && wa[w] === wb[w]) w++;
    i = w << 2;
  }
  for (; i < n; i++) if (a[i] !== b[i]) return i;
  return -1;
}
