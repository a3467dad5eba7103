import { afterEach, describe, expect, it } from 'vitest';
import { defaultBindings, rebind } from '../../src/input/bindings';
import { PlayerInput } from '../../src/input/player-input';
import { Button, quantiseInput, slotOf } from '../../src/sim';
import { fakeDom, fakePad, press, type Dom } from './fakes';

let made: PlayerInput[] = [];
afterEach(() => {
  for (const p of made) p.destroy();
  made = [];
});

function setup(pads: ReturnType<typeof fakePad>[] = []): { dom: Dom; input: PlayerInput; clock: { t: number } } {
  const dom = fakeDom();
  const clock = { t: 0 };
  const input = new PlayerInput(dom.canvas, defaultBindings(), {
    window: dom.win,
    document: dom.doc,
    getGamepads: () => pads,
    now: () => clock.t,
  });
  made.push(input);
  return { dom, input, clock };
}

const tick = (input: PlayerInput, lastAim = 0) => input.sampleTick(640, 360, lastAim);
const nextMacrotask = () => new Promise((r) => setTimeout(r, 0));

describe('PlayerInput: keyboard and mouse', () => {
  it('moves 8 ways by physical keys, with opposite keys cancelling', () => {
    const { dom, input } = setup();
    dom.keyDown('KeyW');
    dom.keyDown('KeyD');
    expect(tick(input)).toMatchObject({ moveX: 127, moveY: -127 });
    dom.keyDown('ArrowLeft');
    expect(tick(input)).toMatchObject({ moveX: 0, moveY: -127 });
    dom.keyUp('KeyW');
    dom.keyUp('KeyD');
    expect(tick(input)).toMatchObject({ moveX: -127, moveY: 0 });
  });

  it('keeps moving while a second key of the same action is still held', () => {
    const { dom, input } = setup();
    dom.keyDown('KeyW');
    dom.keyDown('ArrowUp');
    dom.keyUp('KeyW');
    expect(tick(input).moveY).toBe(-127);
  });

  it('fires for a click pressed and released between two ticks, once', () => {
    const { dom, input } = setup();
    dom.mouseDown(0);
    dom.mouseUp(0);
    expect(tick(input).buttons & Button.Fire).toBe(Button.Fire);
    expect(tick(input).buttons & Button.Fire).toBe(0);
  });

  it('ignores key repeats, but still stops the page scrolling on them', () => {
    const { dom, input } = setup();
    dom.keyDown('Space');
    expect(tick(input).buttons & Button.Dive).toBe(Button.Dive);
    const repeat = dom.keyDown('Space', { repeat: true });
    expect(repeat.defaultPrevented).toBe(true);
    dom.keyUp('Space');
    expect(tick(input).buttons & Button.Dive).toBe(0);
  });

  it('prevents the browser default for bound and navigation keys only, never for Ctrl combinations', () => {
    const { dom } = setup();
    expect(dom.keyDown('Backspace').defaultPrevented).toBe(true);
    expect(dom.keyDown('Tab').defaultPrevented).toBe(true);
    expect(dom.keyDown('ArrowDown').defaultPrevented).toBe(true);
    expect(dom.keyDown('F5').defaultPrevented).toBe(false);
    expect(dom.keyDown('KeyR', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(dom.mouseDown(0).defaultPrevented).toBe(true);
    expect(dom.wheel(100).defaultPrevented).toBe(true);
  });

  it('requests a weapon slot for one tick only', () => {
    const { dom, input } = setup();
    dom.keyDown('Digit2');
    expect(slotOf(tick(input).buttons)).toBe(2);
    expect(slotOf(tick(input).buttons)).toBe(0);
    dom.keyUp('Digit2');
    dom.keyDown('Digit1');
    dom.keyUp('Digit1');
    expect(slotOf(tick(input).buttons)).toBe(1);
  });

  it('turns a wheel notch into one Switch press', () => {
    const { dom, input } = setup();
    dom.wheel(100);
    expect(tick(input).buttons & Button.Switch).toBe(Button.Switch);
    expect(tick(input).buttons & Button.Switch).toBe(0);
    dom.wheel(10); // a trackpad's nudge is not a notch
    expect(tick(input).buttons & Button.Switch).toBe(0);
  });

  it('converts the pointer to game pixels and aims from the origin through quantiseInput', () => {
    const { dom, input } = setup();
    // Canvas box: left 100, 640x360 on screen for 1280x720 game pixels.
    dom.mouseMove(100 + 400, 90);
    expect(input.pointer).toEqual({ x: 800, y: 180 });
    const t = input.sampleTick(640, 360, 123);
    // The aim point's distance goes along in world pixels (game pixels / the world's 3x zoom).
    expect(t).toEqual(quantiseInput(0, 0, 800 - 640, 180 - 360, 0, 123, Math.hypot(160, 180) / 3));
    expect(t.aimDist).toBe(Math.round(Math.hypot(160, 180) / 3 / 4));
    dom.mouseMove(100 + 320, 180); // exactly on the origin: keep the last aim
    expect(input.sampleTick(640, 360, 123).aim).toBe(123);
  });

  it('releases everything when the window loses focus or the tab is hidden', () => {
    const { dom, input } = setup();
    dom.keyDown('KeyD');
    dom.mouseDown(0);
    tick(input);
    dom.win.dispatchEvent(new Event('blur'));
    expect(tick(input)).toMatchObject({ moveX: 0, buttons: 0 });
    dom.keyDown('KeyA');
    dom.doc.visibilityState = 'hidden';
    dom.doc.dispatchEvent(new Event('visibilitychange'));
    tick(input);
    expect(tick(input).moveX).toBe(0);
  });

  it('applies new bindings at once', () => {
    const { dom, input } = setup();
    input.setBindings(rebind(defaultBindings(), 'fire', 0, 'KeyF').bindings);
    dom.keyDown('KeyF');
    expect(tick(input).buttons & Button.Fire).toBe(Button.Fire);
    dom.keyUp('KeyF');
    dom.mouseDown(0);
    expect(tick(input).buttons & Button.Fire).toBe(0);
  });

  it('resetLatches() keeps a menu click from firing on the first tick', () => {
    const { dom, input } = setup();
    dom.mouseDown(0);
    input.resetLatches();
    expect(tick(input).buttons).toBe(0);
    dom.mouseUp(0);
    dom.mouseDown(0);
    expect(tick(input).buttons & Button.Fire).toBe(Button.Fire);
  });

  it('stops listening after destroy()', () => {
    const { dom, input } = setup();
    input.destroy();
    dom.keyDown('KeyD');
    expect(dom.keyDown('Space').defaultPrevented).toBe(false);
    expect(tick(input).moveX).toBe(0);
  });
});

describe('PlayerInput: UI actions', () => {
  it('gives each press of pause/confirm once, after poll()', () => {
    const { dom, input } = setup();
    dom.keyDown('Escape');
    input.poll();
    expect(input.consumeAction('pause')).toBe(true);
    expect(input.consumeAction('back')).toBe(true);
    expect(input.consumeAction('pause')).toBe(false);
    input.poll();
    expect(input.consumeAction('pause')).toBe(false); // held, not pressed again
    dom.keyUp('Escape');
    dom.keyDown('Escape');
    input.poll();
    expect(input.consumeAction('pause')).toBe(true);
  });

  it('ignores a second poll in the same frame, so two scenes cannot eat each other\'s presses', () => {
    const { dom, input } = setup();
    dom.keyDown('Enter');
    input.poll(1000);
    input.poll(1000);
    expect(input.consumeAction('confirm')).toBe(true);
    dom.keyDown('Escape');
    input.poll(1016);
    input.poll(1033); // not consumed in its frame: gone
    expect(input.consumeAction('back')).toBe(false);
  });

  it('maps fixed menu keys regardless of the bindings', () => {
    const { dom, input } = setup();
    input.setBindings(rebind(defaultBindings(), 'moveDown', 0, 'KeyK').bindings);
    dom.keyDown('KeyS');
    dom.keyDown('Enter');
    input.poll();
    expect(input.consumeAction('menuDown')).toBe(true);
    expect(input.consumeAction('confirm')).toBe(true);
  });
});

describe('PlayerInput: rebinding capture', () => {
  it('captures the next key without acting on it, and Escape cancels', async () => {
    const { dom, input } = setup();
    const first = input.captureNextCode();
    dom.keyDown('KeyJ'); // still part of the press that opened the capture: not taken
    await nextMacrotask();
    dom.keyDown('KeyT');
    expect(await first).toBe('KeyT');
    const second = input.captureNextCode();
    await nextMacrotask();
    dom.keyDown('Escape');
    expect(await second).toBeNull();
    input.poll();
    expect(input.consumeAction('pause')).toBe(false);
  });

  it('captures mouse buttons and wheel steps', async () => {
    const { dom, input } = setup();
    const click = input.captureNextCode();
    await nextMacrotask();
    dom.mouseDown(2);
    expect(await click).toBe('Mouse2');
    const wheel = input.captureNextCode();
    await nextMacrotask();
    dom.wheel(-120);
    expect(await wheel).toBe('WheelUp');
    expect(tick(input).buttons).toBe(0);
  });

  it('resolves null when superseded or destroyed', async () => {
    const { input } = setup();
    const a = input.captureNextCode();
    const b = input.captureNextCode();
    expect(await a).toBeNull();
    input.destroy();
    expect(await b).toBeNull();
  });
});

describe('PlayerInput: gamepad', () => {
  it('moves and aims with the sticks, fires with the trigger, and becomes the last device', () => {
    const pad = fakePad();
    const { input } = setup([pad]);
    pad.axes = [1, 0, 0, -1];
    pad.buttons[7] = { pressed: true, value: 1 };
    input.poll();
    expect(input.lastDevice).toBe('gamepad');
    const t = tick(input, 55);
    expect(t).toEqual(quantiseInput(1, 0, 0, -1, Button.Fire, 55));
    expect(t.aim).toBe(3072); // straight up
  });

  it('keeps the last aim while the right stick rests in its dead zone', () => {
    const pad = fakePad();
    const { input } = setup([pad]);
    pad.axes = [0.5, 0, 0.1, 0.2];
    input.poll();
    expect(tick(input, 777).aim).toBe(777);
  });

  it('maps buttons: A dives and confirms, Start pauses, bumpers switch', () => {
    const pad = fakePad();
    const { input } = setup([pad]);
    press(pad, 0);
    press(pad, 9);
    press(pad, 5);
    input.poll();
    expect(tick(input).buttons).toBe(Button.Dive | Button.Switch);
    expect(input.consumeAction('confirm')).toBe(true);
    expect(input.consumeAction('pause')).toBe(true);
    press(pad, 0, false);
    input.poll();
    expect(tick(input).buttons & Button.Dive).toBe(0);
  });

  it('hands back to the mouse once it really moves', () => {
    const pad = fakePad();
    const { dom, input } = setup([pad]);
    press(pad, 0);
    input.poll();
    expect(input.lastDevice).toBe('gamepad');
    dom.mouseMove(101, 1);
    expect(input.lastDevice).toBe('gamepad');
    dom.mouseMove(300, 200);
    expect(input.lastDevice).toBe('keyboard');
  });

  it('does nothing when disabled in the settings', () => {
    const pad = fakePad();
    const { input } = setup([pad]);
    input.setGamepadEnabled(false);
    press(pad, 0);
    input.poll();
    expect(tick(input).buttons).toBe(0);
    expect(input.lastDevice).toBe('keyboard');
  });

  it('B cancels a capture', async () => {
    const pad = fakePad();
    const { input } = setup([pad]);
    const c = input.captureNextCode();
    await nextMacrotask();
    press(pad, 1);
    input.poll();
    expect(await c).toBeNull();
    expect(input.consumeAction('back')).toBe(false);
  });
});
