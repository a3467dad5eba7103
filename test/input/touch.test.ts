// The touch source: fingers on the canvas become the same held actions and TickInputs as keys and
// pads, and the device in use switches between keyboard, pad and touch.
import { afterEach, describe, expect, it } from 'vitest';
import { defaultBindings } from '../../src/input/bindings';
import { PlayerInput } from '../../src/input/player-input';
import { touchLayout, type ScreenMetrics, type TouchButtonId } from '../../src/input/touch-layout';
import { Button } from '../../src/sim';
import { fakeDom, fakePad, fire, press, type Dom } from './fakes';

/** The fake canvas is shown at 640x360 CSS px from x=100: one CSS px is two game px. */
const SCREEN: ScreenMetrics = { canvasCssWidth: 640, canvasCssHeight: 360, devicePixelRatio: 2.6, coarse: true };

let made: PlayerInput[] = [];
afterEach(() => {
  for (const p of made) p.destroy();
  made = [];
});

function setup(pads: ReturnType<typeof fakePad>[] = [], touchFirst: 'from the screen' | boolean = false): { dom: Dom; input: PlayerInput } {
  const dom = fakeDom();
  const first = touchFirst === 'from the screen' ? {} : { touchFirst };
  const input = new PlayerInput(dom.canvas, defaultBindings(), { window: dom.win, document: dom.doc, getGamepads: () => pads, now: () => 0, screen: () => SCREEN, ...first });
  input.setTouchEnabled(true);
  made.push(input);
  return { dom, input };
}

/** A touch event on the canvas; `at` in game pixels (converted to the fake canvas's CSS box). */
function touch(dom: Dom, type: string, id: number, at: { x: number; y: number } = { x: 0, y: 0 }): Event {
  const t = { identifier: id, clientX: 100 + at.x / 2, clientY: at.y / 2 };
  return fire(dom.canvas, type, { changedTouches: [t] });
}

const button = (id: TouchButtonId, left = false) => touchLayout(SCREEN, left).buttons.find((b) => b.id === id)!;
const tick = (input: PlayerInput, lastAim = 0) => input.sampleTick(640, 360, lastAim);

describe('touch controls', () => {
  it('move El with a floating left stick, analogue, through the same quantisation as a pad', () => {
    const { dom, input } = setup();
    const e = touch(dom, 'touchstart', 1, { x: 300, y: 500 });
    expect(e.defaultPrevented).toBe(true);
    expect(tick(input)).toMatchObject({ moveX: 0, moveY: 0 });
    const r = touchLayout(SCREEN, false).stickRadius;
    touch(dom, 'touchmove', 1, { x: 300 + 2 * r, y: 500 });
    expect(tick(input)).toMatchObject({ moveX: 127, moveY: 0 });
    touch(dom, 'touchend', 1);
    expect(tick(input)).toMatchObject({ moveX: 0, moveY: 0 });
  });

  it('aim with the right stick and hold fire past its dead zone; a short flick still fires one tick', () => {
    const { dom, input } = setup();
    touch(dom, 'touchstart', 7, { x: 800, y: 500 });
    expect(tick(input).buttons & Button.Fire).toBe(0);
    touch(dom, 'touchmove', 7, { x: 800, y: 400 });
    const aimed = tick(input, 0);
    expect(aimed.buttons & Button.Fire).toBe(Button.Fire);
    // Straight up the screen: the same angle the mouse gives for a pointer straight above El.
    expect(aimed.aim).toBe(input.sampleTick(640, 360, 0).aim);
    const mouse = setup();
    mouse.dom.mouseMove(100 + 640 / 2, 0);
    expect(aimed.aim).toBe(mouse.input.sampleTick(640, 360, 0).aim);
    touch(dom, 'touchmove', 7, { x: 800, y: 497 });
    const back = tick(input, aimed.aim);
    expect(back.buttons & Button.Fire).toBe(0);
    expect(back.aim).toBe(aimed.aim);
    touch(dom, 'touchmove', 7, { x: 900, y: 497 });
    touch(dom, 'touchend', 7);
    expect(tick(input).buttons & Button.Fire).toBe(Button.Fire);
    expect(tick(input).buttons & Button.Fire).toBe(0);
  });

  it('holds each button\'s action while its finger is down, beside both sticks', () => {
    const { dom, input } = setup();
    const bits: [TouchButtonId, number][] = [['dive', Button.Dive], ['reload', Button.Reload], ['use', Button.Use], ['switch', Button.Switch], ['focus', Button.Focus], ['grenade', Button.Throw]];
    for (const [id, bit] of bits) {
      touch(dom, 'touchstart', 1, { x: 300, y: 500 });
      touch(dom, 'touchstart', 2, { x: 800, y: 600 });
      touch(dom, 'touchstart', 3, button(id));
      expect(tick(input).buttons & bit).toBe(bit);
      // Sliding off the button keeps it held until the finger lifts, as a pad button would.
      touch(dom, 'touchmove', 3, { x: 700, y: 300 });
      expect(tick(input).buttons & bit).toBe(bit);
      for (const id2 of [1, 2, 3]) touch(dom, 'touchend', id2);
      expect(tick(input).buttons & bit).toBe(0);
    }
  });

  it('pause is a UI press, like Esc', () => {
    const { dom, input } = setup();
    touch(dom, 'touchstart', 1, button('pause'));
    input.poll();
    expect(input.consumeAction('pause')).toBe(true);
  });

  it('mirror for the left-handed: buttons and aim on the left, move on the right', () => {
    const { dom, input } = setup();
    input.setTouchLeftHanded(true);
    touch(dom, 'touchstart', 1, button('dive', true));
    expect(tick(input).buttons & Button.Dive).toBe(Button.Dive);
    touch(dom, 'touchend', 1);
    touch(dom, 'touchstart', 2, { x: 900, y: 500 });
    touch(dom, 'touchmove', 2, { x: 1100, y: 500 });
    expect(tick(input).moveX).toBe(127);
    touch(dom, 'touchstart', 3, { x: 300, y: 500 });
    touch(dom, 'touchmove', 3, { x: 300, y: 600 });
    expect(tick(input).buttons & Button.Fire).toBe(Button.Fire);
  });

  it('leave taps to the menus while off, and let go of every finger when turned off', () => {
    const { dom, input } = setup();
    touch(dom, 'touchstart', 1, button('dive'));
    expect(tick(input).buttons & Button.Dive).toBe(Button.Dive);
    input.setTouchEnabled(false);
    expect(tick(input).buttons & Button.Dive).toBe(0);
    const e = touch(dom, 'touchstart', 2, button('reload'));
    expect(e.defaultPrevented).toBe(false);
    expect(tick(input).buttons).toBe(0);
    // A finger that went down while off is ignored once the controls come back on.
    input.setTouchEnabled(true);
    touch(dom, 'touchmove', 2, { x: 100, y: 100 });
    expect(tick(input)).toMatchObject({ moveX: 0, moveY: 0, buttons: 0 });
  });
});

describe('device switching', () => {
  it('starts on touch on a phone or tablet (a coarse primary pointer), so the controls show at once', () => {
    expect(setup([], 'from the screen').input.lastDevice).toBe('touch');
    expect(setup([], false).input.lastDevice).toBe('keyboard');
  });

  it('a touch shows the touch controls; a key hides them; a touch brings them back', () => {
    const { dom, input } = setup();
    expect(input.lastDevice).toBe('keyboard');
    touch(dom, 'touchstart', 1, { x: 300, y: 500 });
    expect(input.lastDevice).toBe('touch');
    touch(dom, 'touchend', 1);
    dom.keyDown('KeyW');
    expect(input.lastDevice).toBe('keyboard');
    touch(dom, 'touchstart', 2, { x: 300, y: 500 });
    expect(input.lastDevice).toBe('touch');
  });

  it('a pad takes over from touch, and touch from the pad; a real mouse move takes over too', () => {
    const pad = fakePad();
    const { dom, input } = setup([pad]);
    touch(dom, 'touchstart', 1, { x: 300, y: 500 });
    expect(input.lastDevice).toBe('touch');
    press(pad, 0);
    input.poll();
    expect(input.lastDevice).toBe('gamepad');
    press(pad, 0, false);
    input.poll();
    touch(dom, 'touchstart', 2, { x: 300, y: 500 });
    expect(input.lastDevice).toBe('touch');
    dom.mouseMove(400, 300);
    expect(input.lastDevice).toBe('keyboard');
  });

  it('a touch counts even while the controls are off (in a menu), so they show when play starts', () => {
    const { dom, input } = setup();
    input.setTouchEnabled(false);
    touch(dom, 'touchstart', 1, { x: 300, y: 500 });
    expect(input.lastDevice).toBe('touch');
  });

  it('aims by the stick only while touch is the device: a mouse aims again after a mouse move', () => {
    const { dom, input } = setup();
    touch(dom, 'touchstart', 1, { x: 800, y: 500 });
    touch(dom, 'touchmove', 1, { x: 900, y: 500 });
    const right = tick(input, 123).aim;
    touch(dom, 'touchend', 1);
    dom.mouseMove(100 + 320, 0);
    expect(tick(input, right).aim).not.toBe(right);
  });
});

describe('rebinding on a touch screen', () => {
  it('a touch cancels waiting for a key (a finger cannot be bound), as Esc does', async () => {
    const { dom, input } = setup();
    const code = input.captureNextCode();
    await new Promise((r) => setTimeout(r, 0));
    touch(dom, 'touchstart', 1, { x: 300, y: 500 });
    await expect(code).resolves.toBeNull();
  });
});
