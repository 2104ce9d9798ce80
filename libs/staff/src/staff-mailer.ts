/** One email to a staff member (password links); plain text, no personal data of anyone else. */
export interface StaffMail {
  to: string;
  subject: string;
  text: string;
}

/** Sends staff mail; `delivers` is false when no SMTP server is configured (nothing leaves). */
export interface StaffMailer {
  readonly delivers: boolean;
  send(mail: StaffMail): Promise<void>;
}
