import type { Period } from './deadline-rules';
import { Regime } from './request-kinds';

export type DeadlineKind = 'respond' | 'acknowledge' | 'opt_out' | 'appeal';

/** Why a deadline falls where it does, in parts a UI can render in any language. */
export interface DueDateBasis {
  readonly regime: Regime;
  readonly kind: DeadlineKind;
  /** The period added: from receipt, or from the original due date for an extension. */
  readonly period: Period;
  /** The company-calendar date of receipt (of the appeal, for an appeal). */
  readonly receivedOn: string;
  readonly citation: string;
  readonly extension?: {
    readonly originalDueOn: string;
    readonly noticeOn: string;
    readonly reason: string;
  };
  /**
   * Days the clock stood still while the company waited for information it asked the person
   * for, where the law stops it (UK GDPR Art. 12A); the due date is that much later.
   */
  readonly paused?: {
    readonly days: number;
    readonly citation: string;
  };
}
