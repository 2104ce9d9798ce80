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
        issues.map((issue) => ({ field: 'yaml', message: `${issue.path}: ${issue.message}` })),
      )}
      ${issueTable(issues)}`
    }
    <h2>Active: version ${active.version}</h2>
    <dl class="summary-list">
      <dt>Activated</dt>
      <dd>
        ${timeInWords(activeRow?.activatedAt)} by ${actorInWords(activeRow?.activatedBy ?? null)}
      </dd>
      <dt>Came from</dt>
      <dd>${activeRow?.origin === 'file' ? 'the DATA_MAP_PATH file' : 'an upload'}</dd>
      <dt>Systems</dt>
      <dd>
        <ul>
          ${systems.map(
            ([name, system]) =>
              html`<li>
                <strong>${name}</strong> (${system.connector}${
                  system.connector === 'postgres' && `, ${Object.keys(system.tables).length} tables`
                })
              </li>`,
          )}
        </ul>
      </dd>
      <dt>Recipients</dt>
      <dd>${Object.keys(active.map.recipients).length}</dd>
    </dl>
    <p>
      <a href="/console/admin/data-map/versions/${active.version}"
        >Read version ${active.version} as YAML</a
      >
    </p>

    <h2>Upload a new version</h2>
    <p>
      The map is checked in full before anything is kept: its shape, every cross-reference, and
      whether this server has the connection each system names. You then see what would change and
      activate it as a separate step; until then nothing changes.
    </p>
    <form method="post" action="/console/admin/data-map/drafts" enctype="multipart/form-data">
      ${csrfField(staff)}
      <div class="field">
        <label for="field-file">YAML file</label>
        <p class="hint" id="field-file-hint">A .yaml file such as data-map/shop.v1.yaml.</p>
        <input
          id="field-file"
          name="file"
          type="file"
          accept=".yaml,.yml,text/yaml"
          aria-describedby="field-file-hint"
        />
      </div>
      <div class="field${issues.length > 0 ? ' field--error' : ''}">
        <label for="${consoleFieldId('yaml')}">Or paste the YAML</label>
        <p class="hint" id="field-yaml-hint">Used when no file is chosen.</p>
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
      <button type="submit" class="button">Check the map</button>
    </form>

    ${
      drafts.length > 0 &&
      html`<h2>Drafts not activated</h2>
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">
              Uploaded drafts, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Uploaded</th>
                <th scope="col">By</th>
                <th scope="col">Review</th>
              </tr>
            </thead>
            <tbody>
              ${drafts.map(
                (draft) =>
                  html`<tr>
                    <td>${timeInWords(draft.createdAt)}</td>
                    <td>${actorInWords(draft.createdBy)}</td>
                    <td>
                      <a href="/console/admin/data-map/drafts/${draft.id}"
                        >Review the changes<span class="visually-hidden">
                          of the draft uploaded ${timeInWords(draft.createdAt)}</span
                        ></a
                      >
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </div>`
    }

    <h2>Version history</h2>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Activated versions, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Came from</th>
            <th scope="col">Activated</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          ${versions.map(
            (version) =>
              html`<tr>
                <td>
                  <a href="/console/admin/data-map/versions/${version.version}"
                    >Version ${version.version}</a
                  >
                  ${version.active && html` <span class="badge">active</span>`}
                </td>
                <td>${version.origin === 'file' ? 'DATA_MAP_PATH file' : 'upload'}</td>
                <td>${timeInWords(version.activatedAt)}</td>
                <td>${actorInWords(version.activatedBy)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  return renderConsolePage({
    title: issues.length > 0 ? 'Data map: not valid' : 'Data map',
    staff,
    body,
    flash: options.flash,
    current: CURRENT,
    hasErrors: issues.length > 0,
  });
}

function issueTable(issues: readonly DataMapIssue[]) {
  return html`<h2>What is wrong (${issues.length} ${issues.length === 1 ? 'issue' : 'issues'})</h2>
    <p>Nothing was kept. Correct the map and check it again.</p>
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">
          Issues in the uploaded map
        </caption>
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Line</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          ${issues.map(
            (issue) =>
              html`<tr>
                <td><code>${issue.path}</code></td>
                <td>${issue.line ?? '–'}</td>
                <td>${issue.message}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
}

export { draftPage, versionPage } from './data-map-draft.page';
