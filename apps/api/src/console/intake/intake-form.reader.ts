import {
  INTAKE_DOCUMENT_FIELD,
  IntakeDocumentUpload,
  StaffIntakeCommand,
  intakeDocumentProblem,
  staffIntakeSchema,
} from '@rightsdesk/intake';
import { ConsoleKey, say } from '../i18n/console-words';
import { ConsoleFieldError } from '../views/console-forms';
import {
  IntakeFormValues,
  RecordDatasetChoice,
  intakeFormInput,
  receivedAtOf,
  textOf,
} from './intake-form.input';

/** What multer's memory storage gives for the attached file. */
export interface UploadedIntakeFile {
  originalname: string;
  buffer: Buffer;
}

export type IntakeFormResult =
  | { ok: true; command: StaffIntakeCommand; document: IntakeDocumentUpload | undefined }
  | { ok: false; errors: ConsoleFieldError[] };

/** The form's fields in the order they are shown: the error summary lists problems so. */
export const INTAKE_FIELD_ORDER = [
  'type',
  'scope',
  'correction.field',
  'correction.record',
  'correction.value',
  'purposes',
  'name',
  'email',
  'phone',
  'orderNumber',
  'postalAddress.line1',
  'postalAddress.line2',
  'postalAddress.city',
  'postalAddress.region',
  'postalAddress.postalCode',
  'postalAddress.country',
  'residence.country',
  'residence.region',
  'language',
  'answerChannel',
  'manner',
  'receivedOn',
  INTAKE_DOCUMENT_FIELD,
] as const;

type Rule = { path: RegExp; field?: string; key: ConsoleKey };

// Field-specific wording: "Enter a valid value" helps nobody when the problem is a bad email.
const RULES: readonly Rule[] = [
  { path: /^manner$/, key: 'intake.error.manner' },
  { path: /^request\.type$/, field: 'type', key: 'intake.error.type' },
  { path: /^request\.email$/, field: 'email', key: 'intake.error.email' },
  { path: /^request\.name$/, field: 'name', key: 'intake.error.tooLong' },
  { path: /^request\.phone$/, field: 'phone', key: 'intake.error.phone' },
  { path: /^request\.orderNumber$/, field: 'orderNumber', key: 'intake.error.tooLong' },
  {
    path: /^request\.postalAddress$/,
    field: 'postalAddress.line1',
    key: 'intake.error.postalAddressForPostal',
  },
  { path: /^request\.postalAddress\.line1$/, key: 'intake.error.addressFirstLine' },
  { path: /^request\.postalAddress\.city$/, key: 'intake.error.addressCity' },
  { path: /^request\.postalAddress\.postalCode$/, key: 'intake.error.addressPostalCode' },
  { path: /^request\.postalAddress\.country$/, key: 'intake.error.addressCountry' },
  { path: /^request\.residence\.country$/, key: 'intake.error.residenceCountry' },
  { path: /^request\.residence\.region$/, key: 'intake.error.residenceRegion' },
  // The intake's refusal of a right the person's law does not give ("Offer every right" off).
  { path: /^request\.residence$/, field: 'residence.country', key: 'intake.error.rightNotGiven' },
  { path: /^request\.language$/, field: 'language', key: 'intake.error.chooseOne' },
  { path: /^request\.answerChannel$/, field: 'answerChannel', key: 'intake.error.chooseOne' },
  { path: /^request\.scope$/, field: 'scope', key: 'intake.error.chooseOne' },
  {
    path: /^request\.corrections(\.0\.field)?$/,
    field: 'correction.field',
    key: 'intake.error.correctionField',
  },
  {
    path: /^request\.corrections\.0\.dataset$/,
    field: 'correction.field',
    key: 'intake.error.correctionField',
  },
  {
    path: /^request\.corrections\.0\.record/,
    field: 'correction.record',
    key: 'intake.error.correctionRecord',
  },
  {
    path: /^request\.corrections\.0\.(value|changes)/,
    field: 'correction.value',
    key: 'intake.error.correctionValue',
  },
  { path: /^request\.purposes/, field: 'purposes', key: 'intake.error.purposes' },
];

/** The form field an issue's path names, and what to say about it. */
function messageFor(path: string, code: string, body: IntakeFormValues): ConsoleFieldError {
  const rule = RULES.find((candidate) => candidate.path.test(path));
  const field = rule?.field ?? path.replace(/^request\./, '');
  if (code === 'too_big') return { field, message: say('intake.error.tooLong') };
  if (!textOf(body, 'email')) {
    // A person without email is entered by name and postal address, and answered by post.
    if (field === 'email') return { field, message: say('intake.error.emailMissing') };
    if (field === 'name') return { field, message: say('intake.error.nameWithoutEmail') };
    if (field === 'answerChannel') return { field, message: say('intake.error.postWithoutEmail') };
  }
  return { field, message: say(rule?.key ?? 'intake.error.invalid') };
}

/**
 * The intake's own refusals (a field the data map does not let anyone correct, an attachment
 * judged by its bytes), named by the command's paths, beside the form's fields.
 */
export function refusedFields(
  problems: ReadonlyArray<{ path: string }>,
  body: IntakeFormValues,
): ConsoleFieldError[] {
  return inFormOrder(
    problems.map((problem) =>
      problem.path === INTAKE_DOCUMENT_FIELD
        ? { field: INTAKE_DOCUMENT_FIELD, message: say('intake.error.document.wrong_type') }
        : messageFor(`request.${problem.path}`, 'custom', body),
    ),
  );
}

function inFormOrder(errors: ConsoleFieldError[]): ConsoleFieldError[] {
  const rank = (field: string) => {
    const index = (INTAKE_FIELD_ORDER as readonly string[]).indexOf(field);
    return index === -1 ? INTAKE_FIELD_ORDER.length : index;
  };
  const unique = errors.filter(
    (error, index) => errors.findIndex((other) => other.field === error.field) === index,
  );
  return unique.sort((a, b) => rank(a.field) - rank(b.field));
}

/**
 * Reads a posted intake form with the staff intake's schema: the command and the attached file,
 * or each field's problem in the console's words. The attachment is judged by its bytes here
 * too, so a file that lies about its type re-shows the form before anything is written.
 */
export function readIntakeForm(
  body: IntakeFormValues,
  /** 'too_large' when the upload stopped reading a file over the size cap. */
  file: UploadedIntakeFile | 'too_large' | undefined,
  timeZone: string,
  recordDataset: RecordDatasetChoice | undefined,
): IntakeFormResult {
  const errors: ConsoleFieldError[] = [];
  const receivedAt = receivedAtOf(body, timeZone);
  if (!(receivedAt instanceof Date)) {
    const key =
      receivedAt === 'missing' ? 'intake.error.receivedMissing' : 'intake.error.receivedInvalid';
    errors.push({ field: 'receivedOn', message: say(key) });
  }
  const received = receivedAt instanceof Date ? receivedAt : undefined;
  const parsed = staffIntakeSchema.safeParse(intakeFormInput(body, received, recordDataset));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    if (path === 'receivedAt') {
      // Missing or unreadable is said above; here the schema's own limits on the date.
      if (received) {
        const key =
          received.getTime() > Date.now()
            ? 'intake.error.receivedFuture'
            : 'intake.error.receivedTooOld';
        errors.push({ field: 'receivedOn', message: say(key) });
      }
      continue;
    }
    errors.push(messageFor(path, issue.code, body));
  }
  const document =
    file && file !== 'too_large' && file.buffer.length > 0
      ? { fileName: file.originalname, content: file.buffer }
      : undefined;
  const problem = file === 'too_large' ? 'too_big' : document && intakeDocumentProblem(document);
  if (problem) {
    errors.push({ field: INTAKE_DOCUMENT_FIELD, message: say(`intake.error.document.${problem}`) });
  }
  if (!parsed.success || errors.length > 0) return { ok: false, errors: inFormOrder(errors) };
  return { ok: true, command: parsed.data, document };
}
