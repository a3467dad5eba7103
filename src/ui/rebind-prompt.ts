// What the controls screen says about a swap: before (whose key it is, what that action gets
// instead, or that it is left with none) and after. Two short lines, so they fit the panel.
import { ACTION_LABELS, type RebindableAction } from '../input/actions';
import type { RebindPlan } from '../input/bindings';
import { describeCode } from '../input/code-labels';

type Swap = Extract<RebindPlan, { kind: 'swap' }>;

function keys(codes: readonly string[]): string {
  return codes.map(describeCode).join(' / ');
}

export function swapQuestion(action: RebindableAction, code: string, plan: Swap): string {
  const other = ACTION_LABELS[plan.other];
  const then = plan.unbound ? `"${other}" will have NO key` : plan.given ? `"${other}" gets ${describeCode(plan.given)}` : `"${other}" keeps ${keys(plan.bindings[plan.other])}`;
  return `${describeCode(code)} is used by "${other}". Give it to "${ACTION_LABELS[action]}"?\nEnter: swap (${then})    Esc: keep as it was`;
}

export function swapDone(code: string, plan: Swap): string {
  const other = ACTION_LABELS[plan.other];
  return plan.unbound ? `${describeCode(code)} taken: "${other}" has no key now` : `Swapped: "${other}" is now ${keys(plan.bindings[plan.other])}`;
}
