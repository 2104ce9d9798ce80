import {
  DenialReason,
  Language,
  RequestStatus,
  RequestType,
  SubmittableType,
} from '@rightsdesk/domain';
import { ConsentPurpose } from './consent-purposes';
import { KnownCorrectableField } from './correctable-fields';
import { TimelineAction } from './timeline-actions';
import { UsStateNames } from './us-states';

/** A label with an optional hint shown under it. */
export interface LabelText {
  label: string;
  hint?: string;
}

/**
 * Every string the privacy center shows, in one shape, built from the page catalogue
 * (pages.en.ts, pages.es.ts; a test checks both hold every key). Strings are plain text:
 * pages escape them and add the markup.
 */
/** How one place's part of a request stands, as a person is told it. */
export type ProgressState = 'done' | 'working' | 'waiting_recipient' | 'waiting_staff' | 'delayed';

export interface Messages {
  /** Language code; also the value of `<html lang>`. */
  lang: Language;
  /** The language's own name, for the language switch ("Español"). */
  languageName: string;

  layout: {
    siteName: string;
    skipLink: string;
    navLabel: string;
    languageNavLabel: string;
    home: string;
    footerNoSale: string;
    footerFree: string;
  };

  form: {
    required: string;
    optional: string;
    choose: string;
    errorSummaryTitle: string;
    errorPrefix: string;
    titleErrorPrefix: string;
  };

  requestTypes: Record<RequestType, { title: string; summary: string }>;

  home: {
    title: string;
    intro: string;
    chooseHeading: string;
    noSaleHeading: string;
    noSale: string;
    howHeading: string;
    noAccount: string;
    free: string;
    identity: string;
    timing: string;
    agentHeading: string;
    agent: string;
    postHeading: string;
    post: string;
    postInclude: string;
    supportEmail: string;
    statusHeading: string;
    status: string;
  };

  requestForm: {
    intro: Record<SubmittableType, string>;
    aboutYouHeading: string;
    aboutYouHint: string;
    email: LabelText;
    /** The email hint on the withdrawal form, which sends no code. */
    emailWithdrawalHint: string;
    name: LabelText;
    phone: LabelText;
    addressLegend: string;
    addressHint: string;
    line1: string;
    line2: string;
    city: string;
    region: string;
    postalCode: string;
    country: string;
    residenceLegend: string;
    residenceHint: string;
    residenceCountry: string;
    residenceCountryOther: string;
    residenceRegion: LabelText;
    residenceRegionNone: string;
    answerLegend: string;
    answerEmail: string;
    answerPostal: LabelText;
    scopeLegend: string;
    scopeCategories: LabelText;
    scopeCopy: LabelText;
    correctionsLegend: string;
    correctionsHint: string;
    correctionRow: (number: number) => string;
    correctionField: string;
    correctionValue: string;
    recordLegend: string;
    recordHint: string;
    recordWhich: string;
    recordKinds: Record<'home' | 'billing' | 'shipping', string>;
    reason: LabelText;
    purposesLegend: string;
    purposesHint: string;
    purposesAll: LabelText;
    deleteHeading: string;
    deletePoints: readonly string[];
    deleteAlternative: string;
    agentSummary: string;
    agentHint: string;
    agentName: LabelText;
    agentEmail: LabelText;
    agentAuthorization: LabelText;
    agentFileAgain: string;
    agentPowerOfAttorney: LabelText;
    submit: string;
    privacyNote: string;
  };

  submitted: {
    title: string;
    referenceLabel: string;
    codeSent: (email: string) => string;
    codeNext: string;
    verifyLink: string;
    noVerification: string;
    nextHeading: string;
    nextVerify: string;
    nextSearch: string;
    nextAnswer: (due: string) => string;
    noEmail: string;
    statusLink: string;
    keepReference: string;
  };

  verify: {
    title: string;
    intro: string;
    /** For a person without email: the code came in our letter. */
    introPosted: string;
    code: LabelText;
    codePosted: LabelText;
    resendPostedHint: string;
    resendPostedButton: string;
    resentPosted: string;
    attemptsLeft: (count: number) => string;
    moreLegend: string;
    moreHint: string;
    name: string;
    phone: string;
    line1: string;
    postalCode: string;
    lastOrderNumber: LabelText;
    declarationLegend: string;
    declaration: LabelText;
    submit: string;
    wrongCode: (attemptsLeft: number) => string;
    expired: string;
    tooManyAttempts: string;
    tryAgain: (when: string) => string;
    resendHeading: string;
    resendHint: string;
    resendButton: string;
    resent: string;
  };

  confirmLink: {
    title: string;
    intro: string;
    why: string;
    button: string;
    notYou: string;
    /** After the button: the email is confirmed and nothing more is needed from the link. */
    done: string;
    /** After the button: the email is confirmed, but the request needs a few more details. */
    needsMore: string;
  };

  status: {
    title: string;
    referenceLabel: string;
    typeLabel: string;
    statusLabel: string;
    dueLabel: string;
    timeLeftLabel: string;
    timelineHeading: string;
    timelineWhen: string;
    timelineWhat: string;
    timelineEmpty: string;
    nextHeading: string;
    /** Decided, but the email with our answer has not gone out yet: said instead of "we have sent". */
    answerMailDelayed: string;
    downloadsHeading: string;
    downloadsIntro: string;
    /** The link to the download page, which asks for a fresh emailed code first. */
    downloadsLink: string;
    verifyLink: string;
    denialHeading: string;
    denialReason: string;
    /** The officer's own words to the person, under the reason. */
    denialNote: string;
    appealHeading: string;
    appealIntro: string;
    appealLink: string;
    /** The person's law, from the law table: its name, whom to complain to, the courts. */
    lawHeading: string;
    lawApplies: (law: string) => string;
    /** For a person in no modelled jurisdiction (company policy). */
    lawPolicy: string;
    lawCourtesy: (values: { law: string; right: string }) => string;
    lawComplain: (authorities: string) => string;
    complain: (authorities: string) => string;
    court: string;
    appealClock: (values: { law: string; period: string }) => string;
    /** The last moment to appeal, in words with the person's time zone. */
    appealUntil: (when: string) => string;
    appealEnded: (values: { when: string; authorities: string }) => string;
    /** Where the work stands per place the company keeps data, while the request is in progress. */
    progressHeading: string;
    progressIntro: string;
    progressWhere: string;
    progressState: string;
    /** A database of the company by its data-map name; `null` for a step across all of them. */
    progressOurRecords: (system: string | null) => string;
    progressStates: Record<ProgressState, string>;
    /** Timeline entries that are not a change of status, in words. */
    timelineActions: Record<TimelineAction, string>;
  };

  download: {
    title: string;
    intro: string;
    availableUntil: (date: string) => string;
    contents: string;
    sendHeading: string;
    sendHint: (minutes: number) => string;
    sendButton: string;
    sendAgainButton: string;
    sent: string;
    code: LabelText;
    submit: string;
    wrongCode: (attemptsLeft: number) => string;
    expiredCode: string;
    tooManyAttempts: string;
    readyHeading: string;
    readyHint: (minutes: number) => string;
    downloadButton: string;
    goneTitle: string;
    goneBody: string;
    backToStatus: string;
  };

  /** "Find my request": a person who lost their link finds it by reference and email. */
  find: {
    title: string;
    intro: string;
    reference: LabelText;
    email: LabelText;
    submit: string;
    postHeading: string;
    post: string;
    sentTitle: string;
    sent: string;
    code: LabelText;
    codeSubmit: string;
    newLink: string;
    wrongCode: string;
    notReceivedHeading: string;
    notReceived: string;
    startAgain: string;
    /** Where a link is lost: home, the status page, and the page for a link that does not work. */
    lostLink: string;
    link: string;
    /** For a person answered by post: where the reference and the posted code open a request. */
    postedLink: string;
  };

  /** A person without email: the reference and the code from our letter open their request. */
  posted: {
    title: string;
    intro: string;
    code: LabelText;
    submit: string;
    wrongCode: string;
    noLetterHeading: string;
    noLetter: string;
    newCodeHeading: string;
    newCodeHint: string;
    newCodeButton: string;
    newCodeSent: string;
  };

  /** Why a request was refused, per stored reason: never the code itself. */
  denialReasons: Record<DenialReason, string>;
  statusLabels: Record<RequestStatus, string>;
  statusNext: Record<RequestStatus, string>;
  /** A consent withdrawal's steps on its timeline, where they differ from other requests'. */
  statusLabelsWithdrawal: Partial<Record<RequestStatus, string>>;
  /** A consent withdrawal's own words where they differ: it takes effect at once. */
  statusNextWithdrawal: Partial<Record<RequestStatus, string>>;

  appeal: {
    title: string;
    intro: string;
    referenceLabel: string;
    reason: LabelText;
    deadlineHeading: string;
    /** The appeal clock of the person's law in a sentence, e.g. "The Maryland MODPA gives us 60 days …". */
    deadline: (values: { law: string; period: string }) => string;
    deadlineExtension: (period: string) => string;
    complaintHeading: string;
    complaint: (authorities: string) => string;
    submit: string;
    backToStatus: string;
  };

  /** The answer form on the status page while we wait for information, and the exchange. */
  reply: {
    heading: string;
    intro: string;
    answer: LabelText;
    document: LabelText;
    documentWrongType: string;
    documentTooLarge: string;
    submit: string;
    /** Our question on the timeline, with the day we sent it in words. */
    weAsked: (values: { date: string; text: string }) => string;
    /** The person's answer on the timeline, with the day we received it in words. */
    youWrote: (values: { date: string; text: string }) => string;
  };

  law: {
    /** A law's period in words: "60 days", "one month". */
    period: (period: { amount: number; unit: string }) => string;
  };

  error: {
    backHome: string;
    notFound: { title: string; body: string };
    gone: { title: string; body: string };
    tooManyRequests: { title: string; body: string; retry: (when: string) => string };
    badRequest: { title: string; body: string };
    tooLarge: { title: string; body: string };
    malformedText: { title: string; body: string };
    conflict: { title: string; body: string };
    unavailable: { title: string; body: string };
    generic: { title: string; body: string };
  };

  purposes: Record<ConsentPurpose, LabelText>;
  correctableFields: Record<KnownCorrectableField, string>;
  usStates: UsStateNames;

  /** Short messages a controller puts on fields; see `localizeIssues`. */
  validation: {
    required: string;
    tooLong: string;
    invalid: string;
    chooseOne: string;
    email: string;
    phone: string;
    country: string;
    rightNotGiven: string;
    region: string;
    postalAddressForPostal: string;
    correctionsMin: string;
    correctionField: string;
    purposesMin: string;
    agentAuthorization: string;
    agentAuthorizationType: string;
    code: string;
    declaration: string;
    reference: string;
  };
}
