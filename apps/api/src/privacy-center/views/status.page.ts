import { RequestStatus, RequestType, isOpen } from '@rightsdesk/domain';
import { Messages, ProgressState } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';
import type { LawWords } from '../law-words';
import { TimelineRow, timelineTable } from './timeline.partial';
import { FormRenderer } from './form-renderer';
import { ReplyFormModel, replySection } from './reply-form.partial';

export interface StatusViewModel {
  statusToken: string;
  reference: string;
  type: RequestType;
  status: RequestStatus;
  /** The due day in words ("9 January 2027") and the rule behind it, in the page language. */
  dueText: string;
  dueExplanation: string;
  /** "12 days left"; absent once the request is closed. */
  timeLeft?: string;
  timeline: readonly TimelineRow[];
  /** Why the request was refused in words, and the officer's note to the person. */
  denial?: { reason: string | null; note: string | null };
  /** An access package can be downloaded; the download page asks for a fresh code first. */
  packageReady: boolean;
  /** The person's law in words: which it is, whom to complain to, the appeal it gives. */
  law: LawWords;
  /** Denied or completed, not appealed yet, under a law that gives an appeal, within its time. */
  canAppeal: boolean;
  /** The last moment to appeal, in words with the person's zone, where the law gives an appeal. */
  appealUntil?: string;
  /** The time to appeal has passed: when it ended, in words. */
  appealEnded?: string;
  /** Decided under a law without an appeal (CCPA, Utah, GDPR): the authorities to complain to. */
  complaint?: string;
  /** While the request is carried out: each place's part, in words (never staff instructions). */
  progress: ReadonlyArray<{ where: string; state: ProgressState }>;
  /** Decided, and the email with our answer is not out yet (its server is down, or staff check it). */
  answerMailDelayed: boolean;
  /** While we wait for information: our question and the form to answer it. */
  reply?: ReplyFormModel;
}

/** GET /status/:token: where a request stands, what happened, and what happens next. */
export function statusPage(vm: StatusViewModel, t: Messages): SafeHtml {
  const s = t.status;
  const path = `/status/${encodeURIComponent(vm.statusToken)}`;
  const replyForm = vm.reply && new FormRenderer(t, vm.reply.errors, vm.reply.values);
  // Fields first, so the error summary can name them.
  const reply = vm.reply && replySection(vm.statusToken, vm.reply, t, replyForm);
  const body = html`${replyForm?.errorSummary()}
    <h1>${s.title}</h1>
    <dl class="summary-list">
      <dt>${s.referenceLabel}</dt>
      <dd><strong class="reference">${vm.reference}</strong></dd>
      <dt>${s.typeLabel}</dt>
      <dd>${t.requestTypes[vm.type].title}</dd>
      <dt>${s.statusLabel}</dt>
      <dd>${t.statusLabels[vm.status]}</dd>
      ${
        // Once we have answered, a date to answer by no longer means anything to the person.
        isOpen(vm.status) &&
        html`<dt>${s.dueLabel}</dt>
          <dd>${vm.dueText}<br /><span class="hint">${vm.dueExplanation}</span></dd>`
      }
      ${
        vm.timeLeft &&
        html`<dt>${s.timeLeftLabel}</dt>
          <dd>${vm.timeLeft}</dd>`
      }
    </dl>
    <h2>${s.nextHeading}</h2>
    <p>${nextStep(vm, t)}</p>
    ${
      vm.status === 'pending_verification' &&
      html`<p>
        <a class="button" href="/verify/${encodeURIComponent(vm.statusToken)}">${s.verifyLink}</a>
      </p>`
    }
    ${reply} ${vm.progress.length > 0 && progressSection(vm.progress, t)}
    ${vm.denial && denialSection(vm.denial, t)}
    ${
      vm.packageReady &&
      html`<section aria-labelledby="downloads">
        <h2 id="downloads">${s.downloadsHeading}</h2>
        <p>${s.downloadsIntro}</p>
        <p><a class="button" href="${path}/download">${s.downloadsLink}</a></p>
      </section>`
    }
    ${vm.canAppeal && vm.law.appeal && appealSection(vm.law, vm.appealUntil, path, t)}
    ${
      vm.appealEnded &&
      vm.law.authorities &&
      html`<section aria-labelledby="appeal-ended">
        <h2 id="appeal-ended">${s.appealHeading}</h2>
        <p>${s.appealEnded({ when: vm.appealEnded, authorities: vm.law.authorities })}</p>
      </section>`
    }
    ${
      vm.complaint &&
      html`<section aria-labelledby="complaint">
        <h2 id="complaint">${s.appealHeading}</h2>
        <p>${s.complain(vm.complaint)}</p>
        ${vm.law.court && html`<p>${s.court}</p>`}
      </section>`
    }
    <section aria-labelledby="law">
      <h2 id="law">${s.lawHeading}</h2>
      <p>${vm.law.applies}</p>
      ${
        // Said once: the appeal and complaint sections above name the authority when shown.
        !vm.complaint &&
        !vm.canAppeal &&
        !vm.appealEnded &&
        vm.law.authorities &&
        html`<p>${s.lawComplain(vm.law.authorities)}</p>`
      }
    </section>
    <h2>${s.timelineHeading}</h2>
    ${timelineTable(vm.timeline, t)}
    <p class="hint">${t.find.lostLink} <a href="/find">${t.find.link}</a></p>`;

  const hasErrors = replyForm?.state.hasErrors ?? false;
  return layout({ title: s.title, path, body, hasErrors, noindex: true }, t);
}

function appealSection(
  law: LawWords,
  until: string | undefined,
  path: string,
  t: Messages,
): SafeHtml {
  const s = t.status;
  return html`<section aria-labelledby="appeal">
    <h2 id="appeal">${s.appealHeading}</h2>
    <p>${s.appealIntro}</p>
    ${law.appeal && html`<p>${s.appealClock({ law: law.appeal.law, period: law.appeal.period })}</p>`}
    ${until && html`<p><strong>${s.appealUntil(until)}</strong></p>`}
    <p><a class="button" href="${path}/appeal">${s.appealLink}</a></p>
    ${law.authorities && html`<p>${t.appeal.complaint(law.authorities)}</p>`}
  </section>`;
}

/**
 * What happens next; a withdrawal says it has taken effect rather than that it is approved, and
 * nothing says we have sent an answer whose email has not gone out.
 */
export function nextStep(
  vm: Pick<StatusViewModel, 'type' | 'status' | 'answerMailDelayed'>,
  t: Messages,
): string {
  if (vm.answerMailDelayed) return t.status.answerMailDelayed;
  const withdrawal = vm.type === 'withdraw_consent' ? t.statusNextWithdrawal[vm.status] : undefined;
  return withdrawal ?? t.statusNext[vm.status];
}

function progressSection(progress: StatusViewModel['progress'], t: Messages): SafeHtml {
  const s = t.status;
  return html`<section aria-labelledby="progress">
    <h2 id="progress">${s.progressHeading}</h2>
    <p>${s.progressIntro}</p>
    <table>
      <thead>
        <tr>
          <th scope="col">${s.progressWhere}</th>
          <th scope="col">${s.progressState}</th>
        </tr>
      </thead>
      <tbody>
        ${progress.map(
          (entry) =>
            html`<tr>
              <td>${entry.where}</td>
              <td>${s.progressStates[entry.state]}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function denialSection(denial: NonNullable<StatusViewModel['denial']>, t: Messages): SafeHtml {
  const s = t.status;
  return html`<section class="warning" aria-labelledby="denial">
    <h2 id="denial">${s.denialHeading}</h2>
    <dl class="summary-list">
      ${
        denial.reason &&
        html`<dt>${s.denialReason}</dt>
          <dd>${denial.reason}</dd>`
      }
      ${
        denial.note &&
        html`<dt>${s.denialNote}</dt>
          <dd>${denial.note}</dd>`
      }
    </dl>
  </section>`;
}
