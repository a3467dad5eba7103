// On a phone or tablet held upright: a full-page card asking for landscape (the game is 16:9 and
// its twin-stick controls need both thumbs), drawn in the game's pixel font. The level pauses
// underneath (the touch overlay asks for that); turning the screen takes the card away.
import { buildFont } from '../art/font';
import { coarsePointer } from '../input/coarse-pointer';
import { blit, blankImage, type PixelImage } from '../art/pixel-sprite';
import { phoneShape, textLine } from '../art/touch-art';
import { lang, onLangChange, t } from '../i18n';

export const PORTRAIT_OVERLAY_ID = 'turn-sideways';
/** The card's words in the player's language. */
const lines = (): string[] => [t('portrait.turn'), t('portrait.why')];

/** A touch screen taller than wide. */
export function isPortraitTouch(): boolean {
  if (typeof window === 'undefined') return false;
  const touch = coarsePointer() || navigator.maxTouchPoints > 0;
  return touch && window.innerHeight > window.innerWidth;
}

/** The card at 1x: an upright phone, an arrow, the phone on its side, then the words. */
function card(words: readonly string[]): PixelImage {
  const font = buildFont({ shadow: true });
  const lines = words.map((l) => textLine(font, l));
  const w = Math.max(...lines.map((l) => l.w)) + 8;
  const img = blankImage(w, 40 + lines.length * 13);
  const upright = phoneShape(12, 22, 'q');
  const sideways = phoneShape(22, 12, 'F');
  const mid = Math.floor(w / 2);
  blit(img, upright, mid - 26, 4);
  blit(img, textLine(font, '->'), mid - 6, 10);
  blit(img, sideways, mid + 8, 9);
  lines.forEach((l, i) => blit(img, l, Math.floor((w - l.w) / 2), 32 + i * 13));
  return img;
}

function build(): HTMLElement {
  const el = document.createElement('div');
  el.id = PORTRAIT_OVERLAY_ID;
  el.setAttribute('role', 'alert');
  el.style.cssText = 'position:fixed;inset:0;z-index:20;background:#0d0b0e;display:none;align-items:center;justify-content:center;touch-action:none;';
  const words = lines();
  const img = card(words);
  const canvas = document.createElement('canvas');
  canvas.width = img.w;
  canvas.height = img.h;
  canvas.getContext('2d')?.putImageData(new ImageData(new Uint8ClampedArray(img.data), img.w, img.h), 0, 0);
  // Whole-pixel scale that fills most of the width, kept crisp.
  const scale = Math.max(1, Math.floor((window.innerWidth * 0.9) / img.w));
  canvas.style.cssText = `width:${img.w * scale}px;height:${img.h * scale}px;image-rendering:pixelated;border:3px solid #f7a531;padding:12px;background:#1f1a24;`;
  canvas.setAttribute('aria-label', words.join('. '));
  el.appendChild(canvas);
  document.body.appendChild(el);
  return el;
}

/** Shows the card whenever a touch screen is upright, for the life of the page. */
export function watchOrientation(): void {
  let el: HTMLElement | null = null;
  let builtIn = lang();
  const update = (): void => {
    const show = isPortraitTouch();
    // Made in the language of the moment; a language change makes it again when next shown.
    if (el && builtIn !== lang()) {
      el.remove();
      el = null;
    }
    if (show && !el) {
      builtIn = lang();
      el = build();
    }
    if (el) el.style.display = show ? 'flex' : 'none';
  };
  window.addEventListener('resize', update);
  window.addEventListener('orientationchange', update);
  // The language is known only once the game boots (?lang=, Settings): the card follows it.
  onLangChange(update);
  update();
}
