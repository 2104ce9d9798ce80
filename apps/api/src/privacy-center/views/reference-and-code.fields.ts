import { SafeHtml } from '@rightsdesk/html';
import { LabelText } from '../i18n/messages';
import { FormRenderer } from './form-renderer';

/**
 * The request reference and the six-digit code as a person types them, the same inputs on the
 * find-request pages and the posted-code page (only their words differ).
 */
export function referenceInput(form: FormRenderer, words: LabelText): SafeHtml {
  return form.text({
    name: 'reference',
    required: true,
    autocomplete: 'off',
    maxlength: 20,
    width: 'medium',
    ...words,
  });
}

/** The code, with room for the space people copy from an email or a letter ("123 456"). */
export function codeInput(form: FormRenderer, words: LabelText): SafeHtml {
  return form.text({
    name: 'code',
    required: true,
    autocomplete: 'one-time-code',
    inputmode: 'numeric',
    maxlength: 7,
    width: 'short',
    ...words,
  });
}
