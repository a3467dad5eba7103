// Practice from a split. No level has checkpoint objects, so the splits of the personal best serve
// instead: a practice run can begin at any objective the PB reached, in the very state the PB was
// in at that tick — its inputs replayed headlessly up to there, then control handed over. Practice
// runs never count: no attempt, PB, gold or saved run comes of them.
import { worldAtTick } from '../replay/fast-forward';
import { parseReplay } from '../replay/replay-file';
import { levelContentHash } from '../replay/level-hash';
import type { LevelData, TickInput, World } from '../sim';
import { splitTimes, type CategoryRecords } from '../speedrun/records';
import { t } from '../i18n';

export interface PracticeOption {
  /** 0: the level's start; k: just after the PB's k-th split. */
  readonly split: number;
  /** "start", or "split 1: Clear the bar". */
  readonly label: string;
  /** Tick of the PB at which the practice run takes over. */
  readonly tick: number;
}

/** Where practice may start: the start, then each split of the PB but the last (the clear). */
export function practiceOptions(records: CategoryRecords): PracticeOption[] {
  const out: PracticeOption[] = [{ split: 0, label: t('practice.start'), tick: 0 }];
  const pb = records.pb;
  if (!pb) return out;
  const ticks = splitTimes(pb);
  for (let k = 1; k < pb.segments.length; k++) out.push({ split: k, label: t('practice.split', { k, name: pb.segments[k - 1]!.name }), tick: ticks[k - 1]! });
  return out;
}

export interface PracticeStart {
  readonly option: PracticeOption;
  readonly seed: number;
  /** The world at the split's tick (a copy is taken for every restart). */
  readonly world: World;
  /** The PB's inputs: its ghost goes on with them from the same tick. */
  readonly pbInputs: readonly TickInput[];
}

/**
 * The practice start at split `split` of the PB whose replay text is `pbText`; a one-line reason
 * when it cannot be made (no PB, a replay of another version of the level, a split it never reached).
 */
export function practiceStart(level: LevelData, fixedSeed: number, records: CategoryRecords, pbText: string | undefined, split: number): PracticeStart | string {
  const option = practiceOptions(records).find((o) => o.split === split);
  if (!option) return split === 0 ? 'no start' : `practice from split ${split} needs a personal best on ${level.title} that reached it`;
  if (split === 0) return { option, seed: fixedSeed, world: worldAtTick(level, fixedSeed, [], 0)!, pbInputs: [] };
  if (!pbText) return `the replay of your best run on ${level.title} was not kept: clear it again to practise from its splits`;
  let checked;
  try {
    checked = parseReplay(pbText, 'your best run');
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
  const { replay, inputs } = checked;
  if (replay.level !== level.id || (replay.levelHash !== undefined && replay.levelHash !== levelContentHash(level))) {
    return `your best run on ${level.title} was played on another version of the level: clear it again to practise from its splits`;
  }
  const world = worldAtTick(level, replay.seed, inputs, option.tick);
  if (!world || world.objective < split) return `your best run on ${level.title} does not reach split ${split} at tick ${option.tick}`;
  return { option, seed: replay.seed, world, pbInputs: inputs };
}
