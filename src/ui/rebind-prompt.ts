// What the controls screen says about a swap: before (whose key it is, what that action gets
// instead, or that it is left with none) and after. Two short lines, so they fit the panel.
import { ACTION_LABELS, type RebindableAction } from '../input/actions';
import type { RebindPlan } from '../input/bindings';
import { describeCode } from '../input/code-labels';
import { t } from '../i18n';

type Swap = Extract<RebindPlan, { kind: 'swap' }>;

function keys(codes: readonly string[]): string {
  return codes.map(describeCode).join(' / ');
}

export function swapQuestion(action: RebindableAction, code: string, plan: Swap): string {
  const other = ACTION_LABELS[plan.other];
  const then = plan.unbound ? t('settings.swapLeavesNone', { other })
    : plan.given ? t('settings.swapGets', { other, key: describeCode(plan.given) })
    : t('settings.swapKeeps', { other, keys: keys(plan.bindings[plan.other]) });
  return t('settings.swapQuestion', { key: describeCode(code), other, action: ACTION_LABELS[action], then });
}

export function swapDone(code: string, plan: Swap): string {
  const other = ACTION_LABELS[plan.other];
  return plan.unbound ? t('settings.swapTaken', { key: describeCode(code), other }) : t('settings.swapped', { other, keys: keys(plan.bindings[plan.other]) });
}
