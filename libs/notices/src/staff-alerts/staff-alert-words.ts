import type { StaffNotificationKind } from '@rightsdesk/persistence';

/** One thing to tell a staff member: which request, and what happened to it. */
export interface StaffAlertLine {
  kind: StaffNotificationKind;
  requestId: string;
  reference: string;
}

/** What each notification says, after the reference. Never the requester's personal data. */
const WHAT_HAPPENED: Record<StaffNotificationKind, string> = {
  assigned: 'was assigned to you',
  due_soon: 'is due soon',
  step_failed: 'has a step that failed and needs a retry or a decision',
  reply: 'has a new reply from the person',
  code_limit: 'Someone asked for many codes for one person',
};

const SUBJECTS: Record<StaffNotificationKind, string> = {
  assigned: 'Assigned to you',
  due_soon: 'Due soon',
  step_failed: 'A step failed',
  reply: 'New reply',
  code_limit: 'Someone asked for many codes for one person',
};

/** The subject and plain text of a staff notification email: references and console links only. */
export function staffAlertEmail(
  lines: readonly StaffAlertLine[],
  context: { consoleUrl: string; digest: boolean; day?: string },
): { subject: string; text: string } {
  const { consoleUrl } = context;
  const subject = context.digest
    ? `Your Rightsdesk digest for ${context.day}: ${count(lines.length)}`
    : lines.length === 1
      ? `${SUBJECTS[lines[0].kind]}: ${lines[0].reference}`
      : `${SUBJECTS[lines[0].kind]}: ${count(lines.length)}`;
  const body = lines.map(
    (line) => `- ${sentence(line)}\n  ${consoleUrl}/requests/${line.requestId}`,
  );
  const text = [
    context.digest ? 'Since your last digest:' : 'In the Rightsdesk console:',
    '',
    ...body,
    '',
    `Open the console: ${consoleUrl}/requests`,
    `Choose immediate emails or a daily digest on your account page: ${consoleUrl}/account`,
    '',
  ].join('\n');
  return { subject, text };
}

function sentence(line: StaffAlertLine): string {
  return line.kind === 'code_limit'
    ? `${WHAT_HAPPENED.code_limit}: reference ${line.reference}.`
    : `${line.reference} ${WHAT_HAPPENED[line.kind]}.`;
}

function count(updates: number): string {
  return updates === 1 ? '1 update' : `${updates} updates`;
}
