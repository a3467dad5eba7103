import { afterEach, describe, expect, it } from 'vitest';
import { buildFont, FONT_CHARS } from '../../src/art/font';
import { MENU_KEYS, REBINDABLE_ACTIONS } from '../../src/input/actions';
import { defaultBindings } from '../../src/input/bindings';
import { describeCode, drawable, NAMED_CODES, setKeyboardLayout } from '../../src/input/code-labels';

/** Characters whose glyph cell in the baked sheet has ink (a label drawn with them is visible). */
function inkedChars(): Set<string> {
  const font = buildFont();
  const out = new Set<string>();
  Array.from(font.chars).forEach((c, i) => {
    const x0 = (i % font.columns) * font.charWidth;
    const y0 = Math.floor(i / font.columns) * font.charHeight;
    for (let y = y0; y < y0 + font.charHeight; y++) {
      for (let x = x0; x < x0 + font.charWidth; x++) if (font.image.data[(y * font.image.w + x) * 4 + 3]! > 0) out.add(c);
    }
  });
  out.add(' ');
  return out;
}

const GENERATED = [
  ...Array.from({ length: 26 }, (_, i) => `Key${String.fromCharCode(65 + i)}`),
  ...Array.from({ length: 10 }, (_, i) => `Digit${i}`),
  ...Array.from({ length: 10 }, (_, i) => `Numpad${i}`),
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
  'Mouse5', 'IntlRo', 'IntlYen', 'NumLock', 'ScrollLock', 'Pause', 'PrintScreen',
];

describe('key labels', () => {
  afterEach(() => setKeyboardLayout(null));

  it('every label a key can get draws with glyphs the text font has', () => {
    const inked = inkedChars();
    const all = [...NAMED_CODES, ...GENERATED, ...REBINDABLE_ACTIONS.flatMap((a) => defaultBindings()[a]), ...Object.values(MENU_KEYS).flat()];
    for (const code of all) {
      const text = describeCode(code);
      expect(text.length, code).toBeGreaterThan(0);
      for (const ch of text) expect(inked.has(ch), `${code} -> ${JSON.stringify(text)}: no glyph for ${JSON.stringify(ch)}`).toBe(true);
    }
  });

  it('the arrow keys read as arrows, not as blanks', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].map(describeCode)).toEqual(['↑', '↓', '←', '→']);
    for (const c of '←↑→↓') expect(FONT_CHARS).toContain(c);
  });

  it("a layout's printed character is used when the font can draw it, else the key's own name", () => {
    setKeyboardLayout(new Map([['KeyW', 'z'], ['Quote', 'ä'], ['Semicolon', 'ö'], ['BracketLeft', 'ñ']]));
    expect(describeCode('KeyW')).toBe('Z');
    expect(describeCode('BracketLeft')).toBe('Ñ');
    expect(describeCode('Quote')).toBe("'");
    expect(describeCode('Semicolon')).toBe(';');
    expect(drawable('Ä')).toBe(false);
  });
});
