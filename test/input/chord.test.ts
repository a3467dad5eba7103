import { afterEach, describe, expect, it } from 'vitest';
import { defaultBindings } from '../../src/input/bindings';
import { PlayerInput } from '../../src/input/player-input';
import { fakeDom } from './fakes';

let made: PlayerInput[] = [];
afterEach(() => {
  for (const p of made) p.destroy();
  made = [];
});

function setup() {
  const dom = fakeDom();
  const input = new PlayerInput(dom.canvas, defaultBindings(), { window: dom.win, document: dom.doc, getGamepads: () => [], now: () => 0 });
  made.push(input);
  return { dom, input };
}

describe('PlayerInput: chords (Shift + Backspace restarts a full-game run)', () => {
  it('counts restart pressed while focus is held, even when both are let go before the frame', () => {
    const { dom, input } = setup();
    dom.keyDown('ShiftLeft');
    dom.keyDown('Backspace');
    dom.keyUp('Backspace');
    dom.keyUp('ShiftLeft');
    input.poll(1);
    expect(input.consumeChord('restart', 'focus')).toBe(true);
    expect(input.consumeChord('restart', 'focus')).toBe(false);
    // The press is a plain restart edge too.
    expect(input.consumeAction('restart')).toBe(true);
  });

  it('a plain restart, or focus pressed after restart, is no chord', () => {
    const { dom, input } = setup();
    dom.keyDown('Backspace');
    dom.keyDown('ShiftLeft');
    input.poll(1);
    expect(input.consumeChord('restart', 'focus')).toBe(false);
    expect(input.consumeAction('restart')).toBe(true);
  });

  it('an unconsumed chord expires at the next frame', () => {
    const { dom, input } = setup();
    dom.keyDown('ShiftLeft');
    dom.keyDown('Backspace');
    input.poll(1);
    input.poll(2);
    expect(input.consumeChord('restart', 'focus')).toBe(false);
  });
});
