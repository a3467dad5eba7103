// What the world sounds like from El's position, once per tick: the sim's events as sounds, the
// fire's crackle and the car's engine. Shared by the Play scene and the replay viewer so both hear
// the same (one memo per scene: the memos carry voices and engines between ticks).
import type { GameAudio } from '../audio/game-audio';
import { createEngineMemo, engineMix, type EngineMemo } from '../audio/car-engine';
import { createEventSoundMemo, soundsForEvents, type EventSoundMemo } from '../audio/event-sounds';
import { fireLoudness } from '../audio/fire-ambience';
import { isVehicle, type World } from '../sim';

export class WorldAudio {
  private readonly events: EventSoundMemo = createEventSoundMemo();
  private readonly engines: EngineMemo = createEngineMemo();

  constructor(private readonly audio: GameAudio) {}

  tick(world: World, listenerX: number, listenerY: number): void {
    const actor = (id: number) => world.actors.find((a) => a.id === id);
    soundsForEvents(world.events, {
      listenerX,
      listenerY,
      actorPos: (id) => {
        const a = actor(id);
        return a ? { x: a.x, y: a.y } : null;
      },
      actorTeam: (id) => actor(id)?.team ?? null,
      isVehicle: (id) => {
        const a = actor(id);
        return a ? isVehicle(a) : false;
      },
    }, (name, opts) => this.audio.play(name, opts), this.events);
    this.audio.setCrackle(fireLoudness(world.burn, world.level.width, world.level.height, listenerX, listenerY));
    const cars = world.actors.filter((a) => isVehicle(a));
    this.audio.setEngine(engineMix(cars, listenerX, listenerY, this.engines));
  }
}
