import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { POLICY_SECTIONS, PolicySection, PolicySettingsStore } from '@rightsdesk/live-config';
import { DomainError } from '@rightsdesk/domain';
import { StaffDirectory, staffActor } from '@rightsdesk/staff';
import { CurrentStaff, StaffPage, StaffPrincipal } from '../console-access';
import { Flash, consolePage, consoleRedirect } from '../../web/console-response';
import { Reply } from '../../web/reply';
import { ConsoleFlash } from '../views/console-layout';
import { CHECKED, LINE_FIELDS, SectionFormValues, settingsPage } from './views/settings.page';
import { isConsoleKey, say } from '../i18n/console-words';

const SECTION_WORDS: Record<PolicySection, string> = {
  auto_approval: say('settings.autoApproval.heading'),
  verification: say('settings.verification.heading'),
  holidays: say('settings.holidays.heading'),
  letterhead: say('settings.letterhead.heading'),
  laws: say('settings.laws.heading'),
  notifications: say('settings.notifications.heading'),
};
/** Lone checkboxes read as true when ticked, false when not sent. */
const SWITCH_FIELDS = new Set(['reviewWithdrawals', 'offerEveryRight']);
/** Fields read as whole numbers; anything else stays text for the schema to refuse. */
const NUMBER_FIELDS = new Set([
  'codeMinutes',
  'maxAttempts',
  'codesPerHour',
  'expiryDays',
  'maxContradictions',
  'appealDays',
  'dueSoonDays',
]);
/** Checkbox groups: none ticked means an empty list, not a missing field. */
const LIST_FIELDS: Record<string, readonly string[]> = {
  auto_approval: ['entries', 'reviewWithdrawals'],
  holidays: ['ruleSets'],
  laws: ['switchedOff', 'offerEveryRight'],
};

/** Policy settings in the console (admins only): one form per section, validated and audited. */
@ApiExcludeController()
@Controller('console/admin')
@StaffPage('admin')
export class SettingsPagesController {
  constructor(
    private readonly policy: PolicySettingsStore,
    private readonly directory: StaffDirectory,
  ) {}

  /** The console's navigation names this page "policy". */
  @Get('policy')
  policyAlias(): Reply {
    return consoleRedirect('/console/admin/settings');
  }

  @Get('settings')
  async show(
    @CurrentStaff() staff: StaffPrincipal,
    @Flash() flash: ConsoleFlash | undefined,
  ): Promise<Reply> {
    return consolePage(settingsPage(staff, { ...(await this.state()), flash }));
  }

  @Post('settings/:section')
  async save(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('section') section: string,
    @Body() body: Record<string, unknown>,
  ): Promise<Reply> {
    const known = sectionOf(section);
    const entered = enteredValues(known, body);
    try {
      await this.policy.update(known, toInput(known, entered), staffActor(staff));
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
      const errors = error.fields.map((field) => {
        const [, name = ''] = field.path.split('.');
        return {
          field: `${known}-${name}`,
          message: say('settings.fieldError', { label: labelOf(name), message: field.message }),
        };
      });
      return consolePage(
        settingsPage(staff, {
          ...(await this.state()),
          refused: { section: known, entered, errors },
        }),
        400,
      );
    }
    return consoleRedirect('/console/admin/settings', {
      kind: 'success',
      text: say('settings.saved', { section: SECTION_WORDS[known] }),
    });
  }

  @Post('settings/:section/reset')
  async reset(
    @CurrentStaff() staff: StaffPrincipal,
    @Param('section') section: string,
  ): Promise<Reply> {
    const known = sectionOf(section);
    await this.policy.reset(known, staffActor(staff));
    return consoleRedirect('/console/admin/settings', {
      kind: 'success',
      text: say('settings.resetDone', { section: SECTION_WORDS[known] }),
    });
  }

  private async state() {
    const details = await this.policy.overrideDetails();
    return {
      policy: await this.policy.current(),
      defaults: this.policy.defaults,
      details,
      // "Saved … by Ada Admin", not by an id.
      actorNames: await this.directory.namesOf(
        Object.values(details).map((detail) => detail.updatedBy),
      ),
    };
  }
}

function sectionOf(section: string): PolicySection {
  if ((POLICY_SECTIONS as readonly string[]).includes(section)) return section as PolicySection;
  throw new DomainError('not_found', say('settings.notFound', { section }));
}

/** What the form sent, as the page would show it again: strings, and lists for checkboxes. */
function enteredValues(section: PolicySection, body: Record<string, unknown>): SectionFormValues {
  const entered: SectionFormValues = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === '_csrf') continue;
    if (typeof value === 'string') entered[key] = value;
    else if (Array.isArray(value)) entered[key] = value.filter((item) => typeof item === 'string');
  }
  for (const list of LIST_FIELDS[section] ?? []) {
    entered[list] = [entered[list] ?? []].flat();
  }
  return entered;
}

/** The section's input for validation: numbers as numbers, lines as lists. */
function toInput(section: PolicySection, entered: SectionFormValues): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entered)) {
    if (SWITCH_FIELDS.has(key)) {
      input[key] = [value].flat().includes(CHECKED);
    } else if (NUMBER_FIELDS.has(key) && typeof value === 'string' && /^\s*\d+\s*$/.test(value)) {
      input[key] = Number(value);
    } else if (LINE_FIELDS.has(key) && typeof value === 'string') {
      input[key] = value
        .split(/[\n,]/)
        .map((line) => line.trim())
        .filter(Boolean);
    } else {
      input[key] = value;
    }
  }
  void section;
  return input;
}

/** A field's short name in an error message ("This form" for one the section lacks). */
function labelOf(name: string): string {
  const key = `settings.errorLabel.${name}`;
  return isConsoleKey(key) ? say(key) : say('settings.errorLabel.form');
}
