import { US_STATE_NAMES, UsStateCode } from '../i18n/us-states';
import { OTHER_COUNTRY, postalCountryOptions, residenceCountryOptions } from '@rightsdesk/domain';
import { FormRenderer } from './form-renderer';
import { SafeHtml, html } from '@rightsdesk/html';

/**
 * Who the person is, where they live and how to answer them: the fields every request type
 * shares. Only the email is required; the rest helps us find data and pick the right law.
 */
export function contactFields(form: FormRenderer, type?: string): SafeHtml {
  const t = form.t;
  const f = t.requestForm;
  // A withdrawal sends no code: its hint says what the address is for instead.
  const email = type === 'withdraw_consent' ? { ...f.email, hint: f.emailWithdrawalHint } : f.email;
  const states = (Object.keys(US_STATE_NAMES) as UsStateCode[])
    .map((code) => ({ value: code, label: t.usStates[code] }))
    .sort((a, b) => a.label.localeCompare(b.label, t.lang));

  return html`<h2>${f.aboutYouHeading}</h2>
    <p class="hint">${f.aboutYouHint}</p>
    ${form.text({ name: 'email', type: 'email', required: true, autocomplete: 'email', maxlength: 254, ...email })}
    ${form.text({ name: 'name', autocomplete: 'name', maxlength: 200, ...f.name })}
    ${form.text({ name: 'phone', type: 'tel', autocomplete: 'tel', width: 'medium', maxlength: 20, ...f.phone })}
    <fieldset class="group" aria-describedby="address-hint">
      <legend>${f.addressLegend}</legend>
      <p class="hint" id="address-hint">${f.addressHint}</p>
      ${form.text({ name: 'postalAddress.line1', label: f.line1, autocomplete: 'address-line1', maxlength: 200 })}
      ${form.text({ name: 'postalAddress.line2', label: f.line2, autocomplete: 'address-line2', maxlength: 200 })}
      ${form.text({ name: 'postalAddress.city', label: f.city, autocomplete: 'address-level2', width: 'medium', maxlength: 100 })}
      ${form.text({ name: 'postalAddress.region', label: f.region, autocomplete: 'address-level1', width: 'medium', maxlength: 100 })}
      ${form.text({ name: 'postalAddress.postalCode', label: f.postalCode, autocomplete: 'postal-code', width: 'short', maxlength: 20 })}
      ${form.select({ name: 'postalAddress.country', label: f.country, autocomplete: 'country', emptyLabel: t.form.choose, options: postalCountryOptions(t.lang) })}
    </fieldset>
    <fieldset class="group" aria-describedby="residence-hint">
      <legend>${f.residenceLegend}</legend>
      <p class="hint" id="residence-hint">${f.residenceHint}</p>
      ${form.select({
        name: 'residence.country',
        label: f.residenceCountry,
        emptyLabel: t.form.choose,
        options: [
          ...residenceCountryOptions(t.lang),
          { value: OTHER_COUNTRY, label: f.residenceCountryOther },
        ],
      })}
      ${form.select({ name: 'residence.region', emptyLabel: f.residenceRegionNone, options: states, ...f.residenceRegion })}
    </fieldset>
    ${form.choices({
      kind: 'radio',
      name: 'answerChannel',
      legend: f.answerLegend,
      defaults: ['email'],
      options: [
        { value: 'email', label: f.answerEmail },
        { value: 'postal', ...f.answerPostal },
      ],
    })}`;
}
