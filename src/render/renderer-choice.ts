// Which Phaser renderer to start, as pure decisions: WebGL on a real GPU; Canvas where WebGL only
// runs in software (SwiftShader, llvmpipe: headless Chromium, VMs, blocklisted drivers), which
// draws this game at 6-18 fps where Canvas keeps up; whatever the URL asks for (?renderer=).

export type RendererKind = 'webgl' | 'canvas';

export interface RendererChoice {
  readonly kind: RendererKind;
  /** Why, in a few words (for window.__game and the console). */
  readonly reason: string;
}

/** Renderer strings of WebGL implementations that run on the CPU. */
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render driver/i;

export function isSoftwareRenderer(unmaskedRenderer: string): boolean {
  return SOFTWARE.test(unmaskedRenderer);
}

/**
 * `asked`: the URL's ?renderer= ('webgl' and 'canvas' force; anything else is ignored, the URL
 * check reports it). `gpu`: the WebGL renderer string, '' when it could not be read, null when
 * there is no WebGL at all.
 */
export function chooseRenderer(asked: string | null, gpu: string | null): RendererChoice {
  if (asked === 'canvas') return { kind: 'canvas', reason: 'asked for in the URL' };
  if (asked === 'webgl') return { kind: 'webgl', reason: 'asked for in the URL' };
  if (gpu === null) return { kind: 'canvas', reason: 'no WebGL' };
  if (isSoftwareRenderer(gpu)) return { kind: 'canvas', reason: `WebGL runs in software here (${gpu})` };
  return { kind: 'webgl', reason: gpu ? `GPU: ${gpu}` : 'WebGL' };
}
