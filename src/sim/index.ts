// The simulation's public API: what render, audio, speedrun tools and headless code may use.
export { createWorld, playerOf, actorById } from './world';
export type { World, Actor, Bullet, Pickup, Grenade, DoorState, RunStats } from './world';
export { step, TICK_RATE } from './step';
export { stateHash } from './hash';
export { cloneWorld } from './clone';
export { Button, NO_INPUT, MOVE_MAX, quantiseInput, sanitiseInput, slotOf, withSlot } from './input';
export type { TickInput } from './input';
export type { SimEvent, SimEventType, Outcome } from './events';
export { ANGLE_UNITS, angleOf, cosA, sinA, angleDiff } from './math';
// What the replay input codec needs to code ticks exactly.
export { AIM_DIST_DEFAULT, BUTTON_BITS } from './input';
export { ANGLE_MASK, HALF_TURN } from './math';
export { Cell, Material } from './level-data';
export type { LevelData, ActorSpawn, DoorSpawn, TriggerZone, TriggerAction, Objective, ExitZone, Point, Rect, Behavior } from './level-data';
export { ARCHETYPES, ARCHETYPE_IDS } from './archetypes';
export type { ArchetypeDef, Team } from './archetypes';
export { WEAPONS, WEAPON_IDS } from './weapons';
export type { WeaponDef, WeaponId } from './weapons';
export { worldAdvances, FOCUS_MAX, FOCUS_MIN_START, FOCUS_SLOWDOWN } from './focus';
export type { FocusState } from './focus';
export { breakAround, breakCell } from './breakables';
export { tipTablesAround } from './tables';
export type { TableState } from './tables';
export type { TableSpawn } from './level-data';
// The guitar case's arsenal: slots, blasts (props and hazards hook in here), grenades, shoves.
export { Slot, SLOT_COUNT } from './slots';
export { explode } from './explosion';
export { GRENADE_FUSE } from './grenades';
export { addKnock } from './knockback';
export type { Loadout, PickupSpawn } from './level-data';
