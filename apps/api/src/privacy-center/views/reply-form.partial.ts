import { Messages } from '../i18n/messages';
import { FormRenderer } from './form-renderer';
import { FieldError, FormValues } from './form-state';
import { SafeHtml, html } from '@rightsdesk/html';

/** A document sent with an answer may be a PDF or a photo or scan of paper. */
const DOCUMENT_TYPES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The form field names of the answer, as the status page posts them. */
export const REPLY_FIELDS = { answer: 'answer', document: 'document' } as const;

export interface ReplyFormModel {
  /** Our latest question in our own words; null when the request asks which record is meant. */
  question: string | null;
  csrfToken: string;
  errors?: readonly FieldError[];
  values?: FormValues;
}

/**
 * While we wait for information: our question and a form to answer it, with an optional
 * document. Posted as multipart so a file can go with the words.
 */
export function replySection(
  statusToken: string,
  reply: ReplyFormModel,
  t: Messages,
  form: FormRenderer = new FormRenderer(t, reply.errors, reply.values),
): SafeHtml {
  const r = t.reply;
  const action = `/status/${encodeURIComponent(statusToken)}/answer`;
  return html`<section aria-labelledby="reply">
    <h2 id="reply">${r.heading}</h2>
    <p>${r.intro}</p>
    ${reply.question && html`<blockquote class="question">${reply.question}</blockquote>`}
    <form method="post" action="${action}" enctype="multipart/form-data" novalidate>
      ${form.csrf(reply.csrfToken)}
      ${form.text({
        name: REPLY_FIELDS.answer,
        required: true,
        multiline: true,
        maxlength: 5000,
        ...r.answer,
      })}
      ${form.text({
        name: REPLY_FIELDS.document,
        type: 'file',
        accept: DOCUMENT_TYPES,
        ...r.document,
      })}
      <button type="submit" class="button">${r.submit}</button>
    </form>
  </section>`;
}
