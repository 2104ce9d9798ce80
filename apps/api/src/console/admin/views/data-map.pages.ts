import { say } from '../../i18n/console-words';
import type { DataMapVersionSummary, VersionedDataMap } from '@rightsdesk/live-config';
import type { DataMapIssue } from '@rightsdesk/data-map';
import type { StaffPrincipal } from '@rightsdesk/staff';
import {
  ConsoleFlash,
  csrfField,
  html,
  SafeHtml,
  renderConsolePage,
} from '../../views/console-layout';
import { consoleErrorSummary, consoleFieldId } from '../../views/console-forms';
import { actorInWords, timeInWords } from './admin-words';

const CURRENT = '/console/admin/data-map';

export interface DataMapOverview {
  active: VersionedDataMap;
  versions: DataMapVersionSummary[];
  drafts: Array<{ id: string; createdBy: string; createdAt: Date }>;
  /** Staff names for who activated a version or uploaded a draft. */
  actorNames: Readonly<Record<string, string>>;
}

/** The map in force, the upload form, drafts waiting and the version history. */
export function dataMapPage(
  staff: StaffPrincipal,
  overview: DataMapOverview,
  options: { flash?: ConsoleFlash; issues?: DataMapIssue[]; yaml?: string } = {},
): SafeHtml {
  const { active, versions, drafts } = overview;
  const activeRow = versions.find((version) => version.active);
  const systems = Object.entries(active.map.systems);
  const issues = options.issues ?? [];
  const body = html`${
      issues.length > 0 &&
      html`${consoleErrorSummary(
        issues.map((issue) => ({ field: 'yaml', message: say('dataMap.issue', { ...issue }) })),
      )}
      ${issueTable(issues)}`
    }
    <h2>${say('dataMap.activeHeading', { version: active.version })}</h2>
    <dl class="summary-list">
      <dt>${say('dataMap.activated')}</dt>
      <dd>
        ${say('dataMap.activatedBy', {
          time: timeInWords(activeRow?.activatedAt),
          actor: actorInWords(activeRow?.activatedBy ?? null, overview.actorNames),
        })}
      </dd>
      <dt>${say('dataMap.cameFrom')}</dt>
      <dd>${say(activeRow?.origin === 'file' ? 'dataMap.fromFile' : 'dataMap.fromUpload')}</dd>
      <dt>${say('dataMap.systems')}</dt>
      <dd>
        <ul>
          ${systems.map(
            ([name, system]) =>
              html`<li>
                <strong>${name}</strong> (${
                  system.connector === 'postgres'
                    ? say('dataMap.systemTables', {
                        connector: system.connector,
                        count: Object.keys(system.tables).length,
                      })
                    : say('dataMap.system', { connector: system.connector })
                })
              </li>`,
          )}
        </ul>
      </dd>
      <dt>${say('dataMap.recipients')}</dt>
      <dd>${Object.keys(active.map.recipients).length}</dd>
    </dl>
    <p>
      <a href="/console/admin/data-map/versions/${active.version}"
        >${say('dataMap.readAsYaml', { version: active.version })}</a
      >
    </p>

    <h2>${say('dataMap.uploadHeading')}</h2>
    <p>${say('dataMap.uploadIntro')}</p>
    <form method="post" action="/console/admin/data-map/drafts" enctype="multipart/form-data">
      ${csrfField(staff)}
      <div class="field">
        <label for="field-file">${say('dataMap.file')}</label>
        <p class="hint" id="field-file-hint">${say('dataMap.fileHint')}</p>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".yaml,.yml,text/yaml"
          aria-describedby="field-file-hint"
        />
      </div>
      <div class="field${issues.length > 0 ? ' field--error' : ''}">
        <label for="${consoleFieldId('yaml')}">${say('dataMap.paste')}</label>
        <p class="hint" id="field-yaml-hint">${say('dataMap.pasteHint')}</p>
        <textarea
          id="${consoleFieldId('yaml')}"
          name="yaml"
          rows="14"
          spellcheck="false"
          aria-describedby="field-yaml-hint"
          ${issues.length > 0 && html`aria-invalid="true"`}
        >
${options.yaml ?? ''}</textarea>
      </div>
      <button type="submit" class="button">${say('dataMap.check')}</button>
    </form>

    ${
      drafts.length > 0 &&
      html`<h2>${say('dataMap.draftsHeading')}</h2>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">
              ${say('dataMap.draftsCaption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">${say('dataMap.column.uploaded')}</th>
                <th scope="col">${say('dataMap.column.by')}</th>
                <th scope="col">${say('dataMap.column.review')}</th>
              </tr>
            </thead>
            <tbody>
              ${drafts.map(
                (draft) =>
                  html`<tr>
                    <td>${timeInWords(draft.createdAt)}</td>
                    <td>${actorInWords(draft.createdBy, overview.actorNames)}</td>
                    <td>
                      <a href="/console/admin/data-map/drafts/${draft.id}"
                        >${say('dataMap.reviewDraft')}<span class="visually-hidden">
                          ${say('dataMap.reviewDraftOf', { time: timeInWords(draft.createdAt) })}</span
                        ></a
                      >
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    }

    <h2>${say('dataMap.historyHeading')}</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('dataMap.historyCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say('dataMap.column.version')}</th>
            <th scope="col">${say('dataMap.column.cameFrom')}</th>
            <th scope="col">${say('dataMap.column.activated')}</th>
            <th scope="col">${say('dataMap.column.by')}</th>
          </tr>
        </thead>
        <tbody>
          ${versions.map(
            (version) =>
              html`<tr>
                <td>
                  <a href="/console/admin/data-map/versions/${version.version}"
                    >${say('dataMap.versionLink', { version: version.version })}</a
                  >
                  ${version.active && html` <span class="badge">${say('dataMap.active')}</span>`}
                </td>
                <td>
                  ${say(version.origin === 'file' ? 'dataMap.originFile' : 'dataMap.originUpload')}
                </td>
                <td>${timeInWords(version.activatedAt)}</td>
                <td>${actorInWords(version.activatedBy, overview.actorNames)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  return renderConsolePage({
    title: say(issues.length > 0 ? 'dataMap.titleNotValid' : 'dataMap.title'),
    staff,
    body,
    flash: options.flash,
    current: CURRENT,
    hasErrors: issues.length > 0,
  });
}

function issueTable(issues: readonly DataMapIssue[]) {
  return html`<h2>${say('dataMap.issuesHeading', { count: issues.length })}</h2>
    <p>${say('dataMap.issuesIntro')}</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          ${say('dataMap.issuesCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${say('dataMap.column.where')}</th>
            <th scope="col">${say('dataMap.column.line')}</th>
            <th scope="col">${say('dataMap.column.problem')}</th>
          </tr>
        </thead>
        <tbody>
          ${issues.map(
            (issue) =>
              html`<tr>
                <td><code>${issue.path}</code></td>
                <td>${issue.line ?? say('admin.none')}</td>
                <td>${issue.message}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export { draftPage, versionPage } from './data-map-draft.page';
