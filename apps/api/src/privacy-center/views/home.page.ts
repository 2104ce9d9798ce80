import { SUBMITTABLE_TYPES } from '@rightsdesk/domain';
import { Messages } from '../i18n/messages';
import { SafeHtml, html } from '@rightsdesk/html';
import { layout } from './layout';

/** How to reach the company other than through this site (the policy offers post and support). */
export interface CompanyContact {
  /** Shown above the address, e.g. the shop's legal name. */
  name?: string;
  /** Address lines as printed on an envelope, e.g. ['6114 La Salle Ave Ste 133', 'Oakland CA 94611']. */
  postalAddress: readonly string[];
  supportEmail?: string;
}

export interface HomeViewModel {
  contact: CompanyContact;
}

/** GET /: the rights in plain words, one way in per request type, and the paper route. */
export function homePage(vm: HomeViewModel, t: Messages): SafeHtml {
  const h = t.home;
  const cards = SUBMITTABLE_TYPES.map(
    (type) =>
      html`<li class="card">
        <h3><a href="/requests/new/${type}">${t.requestTypes[type].title}</a></h3>
        <p>${t.requestTypes[type].summary}</p>
      </li>`,
  );
  const address = [...(vm.contact.name ? [vm.contact.name] : []), ...vm.contact.postalAddress];

  const body = html`<h1>${h.title}</h1>
    <p class="lead">${h.intro}</p>
    <h2>${h.chooseHeading}</h2>
    <ul class="cards">
      ${cards}
    </ul>
    <section class="panel panel--confirm" aria-labelledby="no-sale">
      <h2 id="no-sale">${h.noSaleHeading}</h2>
      <p>${h.noSale}</p>
    </section>
    <h2>${h.howHeading}</h2>
    <ul>
      <li>${h.noAccount}</li>
      <li>${h.free}</li>
      <li>${h.identity}</li>
      <li>${h.timing}</li>
    </ul>
    <h2>${h.agentHeading}</h2>
    <p>${h.agent}</p>
    <h2>${h.postHeading}</h2>
    <p>${h.post}</p>
    <address>${address.map((line, index) => html`${index > 0 && html`<br />`}${line}`)}</address>
    <p>${h.postInclude}</p>
    ${
      vm.contact.supportEmail &&
      html`<p>
        ${h.supportEmail} <a href="mailto:${vm.contact.supportEmail}">${vm.contact.supportEmail}</a>
      </p>`
    }
    <h2>${h.statusHeading}</h2>
    <p>${h.status}</p>
    <p>${t.find.lostLink} <a href="/find">${t.find.link}</a></p>`;

  return layout({ title: h.title, path: '/', body }, t);
}
