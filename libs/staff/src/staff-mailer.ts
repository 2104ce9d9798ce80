/** One email to a staff member (password links); plain text, no personal data of anyone else. */
export interface StaffMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends staff mail; `delivers` is false when no SMTP server is configured (nothing leaves). */
/** Injection token of the mailer for staff password links (StaffModule.forRoot). */
export const STAFF_MAILER = Symbol('STAFF_MAILER');

export interface StaffMailer {
  readonly delivers: boolean;
  send(mail: StaffMail): Promise<void>;
}
