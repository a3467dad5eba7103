// The headless entry (Node only): `import { makeEnv } from './src/headless'` (or, through
// package.json's exports map, 'desperado/headless'). The environment, demonstrations, replay
// files, bots and episodes.
export { makeEnv } from './env/env';
export { RESET_OPTIONS } from './env/env';
export type { Env, EnvInfo, EnvSnapshot, ResetInfo, ResetOptions, ResetResult, SeedSource, StepResult } from './env/env';
export { DEFAULT_MAX_TICKS } from './env/options';
export type { EnvOptions, ResolvedEnvOptions } from './env/options';
export { ACTION_FIELDS, ACTION_RANGES, BUTTON_NAMES, SLOT_COUNT, flattenAction, toAction, toTickInput } from './env/action';
export type { Action, ActionObject } from './env/action';
export {
  ACTOR_FIELDS, ARCHETYPE_LABELS, BULLET_FIELDS, CELL_LABELS, GRENADE_FIELDS, OBSERVATION_DEFAULTS, PICKUP_FIELDS, PLAYER_FIELDS, TEAM_LABELS, WEAPON_LABELS,
} from './env/observation';
export type { Observation, ObservationOptions } from './env/observation';
export { DEFAULT_REWARD } from './env/reward';
export type { RewardWeights } from './env/reward';
export type { BoxSpace, DictSpace, DiscreteSpace, MultiBinarySpace, Space } from './env/spaces';
export { EnvError } from './env/errors';
export { EnvBridge } from './env/bridge';
export { iterateDemonstration, loadDemonstration } from './env/demonstration';
export type { DemonstrationOptions, DemonstrationSource, DemonstrationStep } from './env/demonstration';
export { readReplayFile, writeReplayFile } from './replay-files';
export { createReplay, parseReplay, replayToText, validateReplay, ReplayError, REPLAY_FORMAT, REPLAY_VERSION } from '../replay/replay-file';
export type { CheckedReplay, ReplayFile } from '../replay/replay-file';
export { BEST_BOT, BOTS, botFor, findBot } from './bots';
export type { BotDef, BotPolicy } from './bots/bot';
export { runEpisode } from './run-episode';
export type { EpisodeResult } from './run-episode';
export { loadLevel } from './level-files';
// Pixels (render_mode="rgb_array"): a World drawn headless from the game's art, and run clips (GIF).
export { renderFrame, FrameError, CAMERA_W, CAMERA_H } from './frame/render-frame';
export type { FrameOptions, RgbFrame } from './frame/render-frame';
export { ClipWriter, clipPalette, clipTicks, runClip, writeRunClip, CLIP_FPS, CLIP_VIEW, MAX_CLIP_SECONDS, TICKS_PER_FRAME } from './frame/clip';
export type { Clip, ClipOptions } from './frame/clip';
