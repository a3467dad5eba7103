// The "Fewer flashes, less shake" setting (issue 16): what it turns down. Muzzle flashes and blasts
// are drawn dim and without additive glare, the white hit silhouette is left out, the HUD's focus
// meter stops blinking, and camera shake and kick shrink to a quarter (the Screen shake switch
// still turns them off altogether). What happens stays readable: a flash is dimmed, never removed.
export const CALM_FLASH_ALPHA = 0.35;
export const CALM_SHAKE_SCALE = 0.25;

/** Shake to apply for a requested one, or 0 for none. */
export function shakeIntensity(intensity: number, shakeOn: boolean, reduceFlashes: boolean): number {
  if (!shakeOn) return 0;
  return reduceFlashes ? intensity * CALM_SHAKE_SCALE : intensity;
}
