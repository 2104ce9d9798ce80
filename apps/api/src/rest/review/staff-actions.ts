import { z } from 'zod';
import { dateInWords } from '@rightsdesk/messages';
import {
  ReviewAction,
  ReviewDecisionsUseCase,
  ReviewHandlingUseCase,
  Reviewer,
  appealDecisionSchema,
  approveSchema,
  assignSchema,
  cancelSchema,
  denySchema,
  extendSchema,
  informationReceivedSchema,
  noteSchema,
  requestInformationSchema,
} from '@rightsdesk/review';

/** The use cases a staff action runs through. */
export interface StaffActionUseCases {
  decisions: ReviewDecisionsUseCase;
  handling: ReviewHandlingUseCase;
}

/**
 * One staff action on one request, as both the REST API (`POST /api/v1/requests/:id/<route>`)
 * and the console (`POST /console/requests/:id/<route>`) offer it: the same input schema and the
 * same use-case call. REST answers with JSON built from `result`; the console redirects back to
 * the request page with `done` as its message.
 */
export interface StaffAction<S extends z.ZodType, R> {
  /** The request page's form for it (the error summary is shown beside that form). */
  form: ReviewAction;
  schema: S;
  run(useCases: StaffActionUseCases, id: string, input: z.output<S>, by: Reviewer): Promise<R>;
  done(result: R, input: z.output<S>): string;
}

const staffAction = <S extends z.ZodType, R>(action: StaffAction<S, R>) => action;

/** Every staff action on a single request that the REST API and the console share. */
export const STAFF_ACTIONS = {
  assign: staffAction({
    form: 'assign',
    schema: assignSchema,
    run: ({ handling }, id, input, by) => handling.assign(id, input.assigneeId, by),
    done: (_result, input) => (input.assigneeId ? 'Request assigned.' : 'Request unassigned.'),
  }),
  approve: staffAction({
    form: 'approve',
    schema: approveSchema,
    run: ({ decisions }, id, input, by) => decisions.approve(id, by, input.ticked),
    done: (result) =>
      result.status === 'needs_info'
        ? 'The correction could not be matched to one record: the person has been asked which one they mean.'
        : 'Request approved: fulfilment has started.',
  }),
  deny: staffAction({
    form: 'deny',
    schema: denySchema,
    run: ({ decisions }, id, input, by) => decisions.deny(id, input, by),
    done: () => 'Request denied: the denial notice is on its way.',
  }),
  extend: staffAction({
    form: 'extend',
    schema: extendSchema,
    run: ({ handling }, id, input, by) => handling.extend(id, input.reason, by),
    done: (due) =>
      `Deadline extended to ${dateInWords(due.dueOn, 'en')}; the person is being told.`,
  }),
  requestInformation: staffAction({
    form: 'request_information',
    schema: requestInformationSchema,
    run: ({ handling }, id, input, by) => handling.requestInformation(id, input.message, by),
    done: () => 'The person has been asked for the information.',
  }),
  informationReceived: staffAction({
    form: 'information_received',
    schema: informationReceivedSchema,
    run: ({ handling }, id, input, by) => handling.informationReceived(id, input, by),
    done: () => 'Recorded; the request is back in review.',
  }),
  addNote: staffAction({
    form: 'note',
    schema: noteSchema,
    run: ({ handling }, id, input, by) => handling.addNote(id, input.body, by),
    done: () => 'Note added.',
  }),
  cancel: staffAction({
    form: 'cancel',
    schema: cancelSchema,
    run: ({ decisions }, id, input, by) => decisions.cancel(id, input.reason, by),
    done: () => 'Request cancelled.',
  }),
  decideAppeal: staffAction({
    form: 'decide_appeal',
    schema: appealDecisionSchema,
    run: ({ decisions }, id, input, by) => decisions.decideAppeal(id, input, by),
    done: () => 'Appeal decided: the person is being told.',
  }),
};

/** The parsed input of a shared staff action. */
export type StaffActionInput<K extends keyof typeof STAFF_ACTIONS> = z.output<
  (typeof STAFF_ACTIONS)[K]['schema']
>;
