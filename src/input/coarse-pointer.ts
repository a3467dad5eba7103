// Whether the main pointer is coarse (a finger on a touch screen). The touch overlay and the
// portrait card ask every frame: one live MediaQueryList answers each time, where matchMedia()
// would parse the query and make a new list on every call.
let query: MediaQueryList | null = null;

export function coarsePointer(): boolean {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return false;
  query ??= window.matchMedia('(pointer: coarse)');
  return query.matches;
}
