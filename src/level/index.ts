// src/level: Tiled maps -> LevelData. Browser-safe (no file access; see src/headless/level-files.ts for Node).
export { parseLevel, type ParseLevelOptions } from './parse-level';
export { parseLevelIndex, type LevelIndex, type LevelIndexEntry } from './parse-index';
export { LevelError } from './level-error';
export { parseObjectives, OBJECTIVE_FORMAT, OBJECTIVE_KINDS } from './objectives-format';
export { parseCaption, CAPTION_FORMAT } from './captions-format';
export { COLLISIONS, MATERIALS, type TileInfo } from './tileset';
