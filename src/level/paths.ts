// Browser-safe path arithmetic for naming files in messages (no node:path here).

/** `source` as seen from the folder of `fromFile`: ("levels/bar.tmj", "tileset.tsj") -> "levels/tileset.tsj". */
export function siblingPath(fromFile: string, source: string): string {
  if (source.startsWith('/') || /^[a-z]+:/i.test(source)) return source;
  const slash = fromFile.lastIndexOf('/');
  const parts = (slash >= 0 ? fromFile.slice(0, slash) : '').split('/').filter((p) => p !== '' && p !== '.');
  for (const part of source.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
    else parts.push(part);
  }
  return (fromFile.startsWith('/') ? '/' : '') + parts.join('/');
}
