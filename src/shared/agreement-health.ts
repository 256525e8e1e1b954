/**
 * The health of an agreement's roadmap, one rule for the server (lists, filters, dashboard) and
 * the web (where the rule is shown next to the state):
 *
 * - red: an open obligation is overdue by more than `redOverdueDays` days, or fewer than
 *   `redOnTimeShare` of the obligations due so far were done on time;
 * - amber: any open obligation is overdue, or fewer than `amberOnTimeShare` were done on time;
 * - green: otherwise;
 * - none: the roadmap has no obligations (cancelled ones do not count).
 *
 * "Due so far" is every obligation that is done or whose due date has passed; "on time" is done
 * no later than its due date. An open obligation is overdue the day after its due date.
 */
import type { healthStates } from './domain';

export type HealthState = (typeof healthStates)[number];

export const healthRule = { redOverdueDays: 30, redOnTimeShare: 0.5, amberOnTimeShare: 0.8 } as const;

export type ObligationForHealth = { status: string; dueOn: string; doneOn: string | null };

export type AgreementHealth = {
  state: HealthState;
  obligationCount: number;
  doneCount: number;
  overdueCount: number;
  /** Done on time ÷ due so far; null while nothing is due. */
  shareDoneOnTime: number | null;
  /** Days from today to the nearest open deadline that has not passed; null if none. */
  daysToNextDeadline: number | null;
  maxOverdueDays: number;
};

const dayMs = 86_400_000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
export const isOpenObligation = (status: string) => status === 'planned' || status === 'in_progress';
export const isOverdue = (o: { status: string; dueOn: string }, today: string) => isOpenObligation(o.status) && o.dueOn < today;

export function healthState(h: Pick<AgreementHealth, 'obligationCount' | 'overdueCount' | 'shareDoneOnTime' | 'maxOverdueDays'>): HealthState {
  if (h.obligationCount === 0) return 'none';
  const share = h.shareDoneOnTime;
  if (h.maxOverdueDays > healthRule.redOverdueDays || (share !== null && share < healthRule.redOnTimeShare)) return 'red';
  if (h.overdueCount > 0 || (share !== null && share < healthRule.amberOnTimeShare)) return 'amber';
  return 'green';
}

export function agreementHealth(obligations: ObligationForHealth[], today: string): AgreementHealth {
  const counted = obligations.filter((o) => o.status !== 'cancelled');
  const dueSoFar = counted.filter((o) => o.status === 'done' || o.dueOn < today);
  const onTime = dueSoFar.filter((o) => o.status === 'done' && o.doneOn !== null && o.doneOn <= o.dueOn);
  const overdue = counted.filter((o) => isOverdue(o, today));
  const upcoming = counted.filter((o) => isOpenObligation(o.status) && o.dueOn >= today).map((o) => daysBetween(today, o.dueOn));
  const figures = {
    obligationCount: counted.length,
    doneCount: counted.filter((o) => o.status === 'done').length,
    overdueCount: overdue.length,
    shareDoneOnTime: dueSoFar.length ? onTime.length / dueSoFar.length : null,
    daysToNextDeadline: upcoming.length ? Math.min(...upcoming) : null,
    maxOverdueDays: overdue.length ? Math.max(...overdue.map((o) => daysBetween(o.dueOn, today))) : 0,
  };
  return { ...figures, state: healthState(figures) };
}
