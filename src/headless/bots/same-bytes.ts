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
