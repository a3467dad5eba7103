// The simulation's public API: what render, audio, speedrun tools and headless code may use.
export { createWorld, playerOf, actorById } from './world';
export type { World, Actor, Bullet, Pickup, Grenade, DoorState, RunStats, CaseContents } from './world';
export { step, TICK_RATE } from './step';
export { stateHash } from './hash';
export { cloneWorld } from './clone';
export { Button, NO_INPUT, MOVE_MAX, quantiseInput, sanitiseInput, slotOf, withSlot } from './input';
export type { TickInput } from './input';
export type { SimEvent, SimEventType, Outcome } from './events';
export { ANGLE_UNITS, angleOf, cosA, sinA, angleDiff } from './math';
export { Cell, Material } from './level-data';
export type { LevelData, ActorSpawn, DoorSpawn, TriggerZone, TriggerAction, Objective, ExitZone, Point, Rect, Behavior } from './level-data';
export { ARCHETYPES, ARCHETYPE_IDS, isArchetypeId, isVehicle } from './archetypes';
export type { ArchetypeDef, ArchetypeId, Brain, Team } from './archetypes';
export { WEAPONS, WEAPON_IDS, AMMO_IDS, defineWeapon, weaponOfSlot, SLEEVE_DRAW_TICKS, SLEEVE_RESERVE, STEADY_TICKS } from './weapons';
export type { WeaponDef, WeaponId, AmmoId } from './weapons';
// El's arsenal (world.player): what he owns, his ammo by type, each gun's magazines.
export { magazinesOf, loadedIn } from './player-state';
export type { PlayerState } from './player-state';
export { worldAdvances, FOCUS_MAX, FOCUS_MIN_START, FOCUS_SLOWDOWN } from './focus';
export type { FocusState } from './focus';
// Assists (Celeste's assist mode): what a run was played with, the header's names, the mark.
export { ASSIST_NAMES, EXTRA_HEARTS, GAME_SPEEDS, NO_ASSISTS, anyAssist, assistNames, assistsFromNames } from './assists';
export type { GameSpeed, RunAssists } from './assists';
export { breakAround, breakCell } from './breakables';
export { tipTablesAround } from './tables';
export type { TableState } from './tables';
export type { TableSpawn } from './level-data';
// The guitar case's arsenal: slots, blasts (props and hazards hook in here), grenades, shoves.
export { Slot, slotBit, slotCount, weaponInSlot } from './slots';
export { explode } from './explosion';
export { GRENADE_FUSE } from './grenades';
export { addKnock } from './knockback';
export type { Loadout, PickupSpawn } from './level-data';
// For the replay codec: the exact encoding of a tick's input (aim distance steps, the used bits).
export { AIM_DIST_DEFAULT, AIM_DIST_MAX, BUTTON_BITS, aimDistPx } from './input';
export { ANGLE_MASK, HALF_TURN, clamp, wrapAngle } from './math';
// For level loading: the pieces of the level format not named above.
export { EMPTY_LOADOUT, breakableCode } from './level-data';
export type { FireZone } from './level-data';
// For the renderer, the HUD and observers: the states an actor, a duel or a fire can be in.
export { AiMode } from './ai/ai-state';
export { DuelPhase } from './duel-state';
export { duelHolds } from './duel';
export { BurnState } from './burn-state';
export { burningAt } from './fire';
export type { HarmCause } from './harm';
// For bots and the renderer: the grid and lines of sight as the sim sees them.
export { TILE, cellAt, cellAtPoint } from './grid';
export { COVER_GRACE, TraceMode, clearSight, newTraceHit, newTraceRay, rayClear, roundRay, sightRay, traceRay, traceSegment, type TraceRay } from './trace';
export type { TraceHit } from './trace';
export { coverProtects } from './ai/cover';
// For bots: the dive's reach and flight, and what the sim's hazards do.
export { DIVE_TICKS } from './combat';
export { DIVE_DRAG, DIVE_SPEED } from './player';
export { diveEndsOverVoid, diveReach } from './void';
export { GRENADE_BOUNCE, GRENADE_FRICTION } from './grenades';
export { FAN_FAR, FAN_NEAR, FAN_STEP, FAN_WIDE_FROM } from './ai/navajas';
// For bots' own objects: a number field that will hold fractions starts as this (layout.ts says why).
export { AS_DOUBLE } from './layout';
// For bots' own randomness: the sim's seeded generator, so a bot's choices replay exactly.
export { mix32, nextFloat, nextU32 } from './rng';
export type { RngHolder } from './rng';
// For tests and tools that stage a moment: a round fired and a fire lit, outside any input.
export { fireBullet } from './combat';
export { igniteArea } from './fire';
