import { Messages } from './messages';
import { US_STATE_NAMES } from './us-states';

// Plain words first: the policy promises access, correction, amendment, deletion and consent
// withdrawal, by support or by post. Legal terms appear only where a law requires the wording.
export const en = {
  lang: 'en',
  languageName: 'English',

  layout: {
    siteName: 'Privacy center',
    skipLink: 'Skip to main content',
    navLabel: 'Privacy center',
    languageNavLabel: 'Language',
    home: 'Home',
    footerNoSale: 'We do not sell your personal information.',
    footerFree: 'Using your privacy rights is free.',
  },

  form: {
    required: '(required)',
    optional: '(optional)',
    choose: 'Choose…',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    titleErrorPrefix: 'Error:',
  },

  requestTypes: {
    access: {
      title: 'See your data',
      summary:
        'Get a copy of the personal information we hold about you, or a list of the kinds of information we hold.',
    },
    correct: {
      title: 'Correct your data',
      summary: 'Fix or update information about you that is wrong, incomplete or out of date.',
    },
    delete: {
      title: 'Delete your data',
      summary:
        'Ask us to delete the personal information we hold about you. We keep only what the law makes us keep.',
    },
    withdraw_consent: {
      title: 'Withdraw your consent',
      summary:
        'Stop things you agreed to, such as marketing emails, text messages or personalized recommendations.',
    },
    appeal: {
      title: 'Appeal our decision',
      summary: 'Ask us to look at a refused or completed request again.',
    },
  },

  home: {
    title: 'Your privacy rights',
    intro:
      'We collect information when you visit our shop or buy from us: for example your name, email, address, orders, payment details and how you use our website. You can ask us to show it to you, correct it, delete it, or stop using it for things you agreed to.',
    chooseHeading: 'What would you like to do?',
    noSaleHeading: 'We do not sell your data',
    noSale: 'We do not sell your personal information, and we never have.',
    howHeading: 'How it works',
    noAccount: 'You do not need an account. Just fill in a short form.',
    free: 'It is free.',
    identity:
      'To protect your data, we check it is really you before we act. Usually we email you a 6-digit code. For a full copy of your data or for deleting it, we may ask for a few more details that we already hold, such as your phone number or your last order number. To withdraw consent, we do not need to check.',
    timing:
      'We confirm we got your request and answer within the time the law gives us, usually 45 days in the US or one month in Europe. We show the date on your request’s status page.',
    agentHeading: 'Asking for someone else?',
    agent:
      'An authorized agent can send a request for another person. Use the same forms and upload the person’s signed permission.',
    postHeading: 'Prefer to write to us?',
    post: 'You can send your request by post instead, to:',
    postInclude:
      'Tell us what you want us to do, your full name, and an email address or postal address where we can answer you.',
    supportEmail: 'Or email our support team:',
    statusHeading: 'Already sent a request?',
    status:
      'Use the link in the email we sent you to check its status, enter your code or download your data.',
  },

  requestForm: {
    intro: {
      access:
        'Tell us who you are and what you would like. We will find the information we hold about you in all our systems.',
      correct:
        'Tell us who you are and what is wrong. We will fix it everywhere we store it and tell the companies that help us run the shop.',
      delete:
        'Tell us who you are. We will delete your information everywhere we store it and tell the companies that help us run the shop.',
      withdraw_consent:
        'Tell us who you are and what you want us to stop. We stop straight away, without any extra checks.',
    },
    aboutYouHeading: 'About you',
    aboutYouHint:
      'We use these details to find your data, to confirm it is you and to answer you. We use them for nothing else.',
    email: {
      label: 'Email address',
      hint: 'Use the email you use with our shop. We will send a code to it to confirm it is you.',
    },
    name: { label: 'Full name' },
    phone: {
      label: 'Phone number',
      hint: 'Helps us find your data. Include the country code if you live outside the US.',
    },
    addressLegend: 'Postal address',
    addressHint: 'Needed if you want our answer by post. It also helps us find your data.',
    line1: 'Address line 1',
    line2: 'Address line 2',
    city: 'City or town',
    region: 'State, province or region',
    postalCode: 'ZIP or postal code',
    country: 'Country',
    residenceLegend: 'Where you live',
    residenceHint: 'This tells us which privacy law applies and how long we have to answer.',
    residenceCountry: 'Country',
    residenceCountryOther: 'Another country, or I would rather not say',
    residenceRegion: { label: 'US state', hint: 'Only if you live in the United States.' },
    residenceRegionNone: 'I do not live in the US',
    answerLegend: 'How should we answer you?',
    answerEmail: 'By email',
    answerPostal: { label: 'By post', hint: 'Fill in your postal address above.' },
    scopeLegend: 'What would you like?',
    scopeCategories: {
      label: 'A list of the kinds of information we hold about you',
      hint: 'For example contact details, orders or website visits, with why we use them, who we share them with and how long we keep them.',
    },
    scopeCopy: {
      label: 'A full copy of your data',
      hint: 'Files you can open and reuse (JSON and CSV) and an easy-to-read report. We will ask for a few more details to be sure it is you.',
    },
    correctionsLegend: 'What needs correcting?',
    correctionsHint:
      'Choose the information that is wrong and type the correct value. You can fix up to 5 things at once. To change your email address, change it in your account.',
    correctionRow: (number) => `Correction ${number}`,
    correctionField: 'Information to correct',
    correctionValue: 'Correct value',
    reason: {
      label: 'Why does it need correcting?',
      hint: 'Anything that helps us check, for example where you saw the wrong value.',
    },
    purposesLegend: 'What should we stop?',
    purposesHint:
      'Choose one or more. Stopping is as easy as agreeing was. What we did before you withdrew stays lawful.',
    purposesAll: { label: 'Everything I agreed to', hint: 'Stops all of the things below.' },
    deleteHeading: 'Before you ask us to delete',
    deletePoints: [
      'Deleting cannot be undone. We delete your account, profile, saved addresses, reviews, comments, website visits, recommendations and marketing choices.',
      'You will no longer be able to sign in or see your past orders.',
      'The law makes us keep some records: orders and payments are kept for 7 years for tax and accounting. We use them for nothing else.',
      'We keep a short note that you asked, so your details are not added back by mistake, for example to our mailing list.',
      'We also tell the companies that handle data for us to delete it.',
    ],
    deleteAlternative: 'Only want fewer messages? Withdraw your consent instead.',
    agentSummary: 'I am an authorized agent acting for this person',
    agentHint:
      'If you are sending this request for someone else, fill in the details above about them, and tell us who you are here. The person may still need to confirm the request, unless you have a power of attorney.',
    agentName: { label: 'Your full name (agent)' },
    agentEmail: { label: 'Your email address (agent)' },
    agentAuthorization: {
      label: 'Signed permission from the person',
      hint: 'A PDF or a photo (JPG or PNG) of the permission the person signed.',
    },
    agentFileAgain: 'If you chose a file before, please choose it again.',
    agentPowerOfAttorney: {
      label: 'This is a power of attorney',
      hint: 'You do not need one. If you have one, the person does not need to confirm the request.',
    },
    submit: 'Send request',
    privacyNote: 'We use these details only to handle your request and to check who you are.',
  },

  submitted: {
    title: 'Request sent',
    referenceLabel: 'Your reference number',
    codeSent: (email) => `We emailed a 6-digit code to ${email}.`,
    codeNext: 'Enter it to confirm it is you. We cannot start until you do.',
    verifyLink: 'Enter your code',
    noVerification:
      'We do not need to check who you are for this request, so we have already started.',
    nextHeading: 'What happens next',
    nextVerify: 'You confirm it is you with the code.',
    nextSearch: 'We look for your data in every system we use.',
    nextAnswer: (due) => `We answer you by ${due} at the latest.`,
    noEmail:
      'No email? Check your spam folder. You can ask for a new code on the page where you enter it.',
    statusLink: 'Check the status of your request',
    keepReference: 'Keep your reference number. You will need it if you contact us.',
  },

  verify: {
    title: 'Confirm it is you',
    intro: 'Enter the 6-digit code we emailed you.',
    code: { label: '6-digit code', hint: 'You will find it in the email from us.' },
    attemptsLeft: (count) => `You have ${count} ${count === 1 ? 'try' : 'tries'} left.`,
    moreLegend: 'A few more details',
    moreHint:
      'To keep your data safe, we match these with what we already hold. We use them only to confirm it is you and delete them afterwards.',
    name: 'Full name',
    phone: 'Phone number',
    line1: 'Address line 1',
    postalCode: 'ZIP or postal code',
    lastOrderNumber: {
      label: 'Number of your most recent order',
      hint: 'It is in your order confirmation email.',
    },
    declarationLegend: 'Your declaration',
    declaration: {
      label:
        'I declare under penalty of perjury under the laws of the State of California that I am the person this request is about, or their authorized agent.',
      hint: 'California law asks for this before we send a copy of your data. We keep it with your request.',
    },
    submit: 'Confirm',
    wrongCode: (attemptsLeft) =>
      `That code is not right. You have ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`,
    expired: 'Your code has expired. Ask for a new one below.',
    tooManyAttempts:
      'The code was entered wrongly too many times, so we paused this check to protect your data.',
    tryAgain: (when) => `You can try again ${when}.`,
    resendHeading: 'Did not get a code?',
    resendHint:
      'We will send a new code to the email address you gave us. The old code will stop working.',
    resendButton: 'Send a new code',
    resent: 'We sent you a new code.',
  },

  confirmLink: {
    title: 'Confirm it is you',
    intro: 'You opened the link in our email. Press the button to confirm this request is yours.',
    why: 'We ask you to press the button so that programs that check links in emails cannot confirm for you.',
    button: 'Confirm it’s me',
    notYou: 'Did not ask for this? Just close this page. Nothing will happen.',
    done: 'Thank you. You have confirmed it is you.',
    needsMore:
      'Thank you. To finish, open the page in our email where you enter your code, and add the few details it asks for.',
  },

  status: {
    title: 'Your request',
    referenceLabel: 'Reference number',
    typeLabel: 'Request',
    statusLabel: 'Status',
    dueLabel: 'We answer by',
    timeLeftLabel: 'Time left',
    timelineHeading: 'What has happened so far',
    timelineWhen: 'When',
    timelineWhat: 'What happened',
    timelineEmpty: 'Nothing yet.',
    nextHeading: 'What happens next',
    downloadsHeading: 'Your data',
    downloadsIntro:
      'Your files are ready. To keep them safe, we email you a one-time code before the download starts. The download is available for a limited time.',
    downloadsLink: 'Download your data',
    verifyLink: 'Enter your code',
    denialHeading: 'Why we could not do this',
    denialReason: 'Reason',
    denialBasis: 'The law we relied on',
    appealHeading: 'Disagree with our answer?',
    appealIntro: 'You can ask us to look at your request again. This is called an appeal.',
    appealLink: 'Appeal our decision',
    progressHeading: 'Where the work stands',
    progressIntro:
      'We carry out your request everywhere we keep your data, and tell the companies that hold it for us.',
    progressWhere: 'Where',
    progressState: 'Progress',
    progressOurRecords: (system) => (system ? `Our records (${system})` : 'All our records'),
    progressStates: {
      done: 'Done',
      working: 'In progress',
      waiting_recipient: 'We told them and are waiting for their confirmation',
      waiting_staff: 'Our staff are doing this by hand',
      delayed: 'Delayed; our staff are looking into it',
    },
    timelineActions: {
      'verification.code_sent': 'We emailed you a code',
      'verification.email_confirmed': 'You confirmed your email address',
      'verification.wrong_code': 'A wrong code was entered',
      'verification.needs_more': 'We asked for a few more details',
      'agent.authorization_received': 'We received the signed permission from your agent',
      'notice.rendered': 'We wrote to you',
      'download.code_sent': 'We emailed you a code to download your data',
      'access.downloaded': 'Your data was downloaded',
    },
  },

  download: {
    title: 'Download your data',
    intro:
      'Your data is ready as one ZIP file. To keep it safe, we email you a one-time code first, and the download works only for a short time after you enter it.',
    availableUntil: (date) => `You can download it until ${date}.`,
    contents:
      'The ZIP file holds a report (report.html) that explains what we hold, why, who receives it and how long we keep it, and your data in JSON and CSV files that computers and spreadsheets can open.',
    sendHeading: 'Get a code',
    sendHint: (minutes) =>
      `We will email a 6-digit code to the address you gave us. It works for ${minutes} minutes. Any earlier code stops working.`,
    sendButton: 'Email me a code',
    sendAgainButton: 'Email me a new code',
    sent: 'We sent you a code. Enter it below.',
    code: { label: '6-digit code', hint: 'You will find it in the email from us.' },
    submit: 'Continue',
    wrongCode: (attemptsLeft) =>
      `That code is not right. You have ${attemptsLeft} ${attemptsLeft === 1 ? 'try' : 'tries'} left.`,
    expiredCode: 'Your code has expired or was replaced. Ask for a new one.',
    tooManyAttempts:
      'The code was entered wrongly too many times, so it stopped working to protect your data. Ask for a new one.',
    readyHeading: 'Your download is ready',
    readyHint: (minutes) =>
      `The button works for ${minutes} minutes. After that, ask for a new code.`,
    downloadButton: 'Download your data (ZIP)',
    goneTitle: 'Your download has expired',
    goneBody:
      'To protect your data, we keep it ready for download only for a limited time. You can make a new access request at any time; it is free.',
    backToStatus: 'Back to your request',
  },

  statusLabels: {
    received: 'Received',
    pending_verification: 'Waiting for you to confirm it is you',
    verified: 'Confirmed it is you',
    awaiting_review: 'Being checked by our team',
    needs_info: 'We need more information from you',
    approved: 'Approved',
    in_progress: 'In progress',
    completed: 'Done',
    failed: 'Held up by a problem on our side',
    denied: 'We could not do this',
    cancelled: 'Cancelled',
    expired: 'Expired',
  },

  statusNext: {
    received: 'We have your request. Next, we ask you to confirm it is you.',
    pending_verification:
      'Enter the code we emailed you. We cannot start until you do. If you do not confirm in time, the request expires and you can send a new one.',
    verified: 'Thank you for confirming. Our team checks your request next.',
    awaiting_review:
      'Someone from our privacy team is checking your request. We will tell you if we need anything else.',
    needs_info: 'We wrote to you asking for more information. Please reply so we can carry on.',
    approved: 'Your request is approved. We will start working on it shortly.',
    in_progress:
      'We are working on your request in each system that holds your data. We will tell you when it is done.',
    completed:
      'Your request is done and we have sent you our answer. If you disagree, you can appeal.',
    failed:
      'Something went wrong on our side. Our team knows and will fix it. You do not need to do anything.',
    denied: 'We could not do what you asked. The reason is below. You can appeal.',
    cancelled: 'This request was cancelled. You can send a new one at any time.',
    expired:
      'This request expired because it was not confirmed in time. You can send a new one at any time.',
  },

  appeal: {
    title: 'Appeal our decision',
    intro:
      'Tell us why you think our answer is wrong. Someone who did not make the first decision will look at it again.',
    referenceLabel: 'Reference number',
    reason: {
      label: 'Why do you disagree?',
      hint: 'Say what you expected, and what you think we got wrong.',
    },
    deadlineHeading: 'When we will answer',
    deadline: {
      gdpr: 'We will look at your request again and answer within one month.',
      ccpa: 'We will look at your request again and aim to answer within 45 days.',
      vcdpa: 'Virginia law gives us 60 days from getting your appeal to answer, with our reasons.',
      cpa: 'Colorado law gives us 45 days from getting your appeal to answer, with our reasons. If we need more time we can take up to 60 more days, and we will tell you why.',
      ctdpa:
        'Connecticut law gives us 60 days from getting your appeal to answer, with our reasons.',
      tdpsa: 'Texas law gives us 60 days from getting your appeal to answer, with our reasons.',
    },
    complaintHeading: 'If we still say no',
    complaint: {
      gdpr: 'You can complain to the data protection authority where you live or work, for example the AEPD in Spain, the CNIL in France or the ICO in the UK. You can also go to court.',
      ccpa: 'You can complain to the California Privacy Protection Agency or the California Attorney General.',
      vcdpa:
        'You can complain to the Virginia Attorney General. Our answer will tell you how to contact them.',
      cpa: 'You can complain to the Colorado Attorney General. Our answer will tell you how to contact them.',
      ctdpa:
        'You can complain to the Connecticut Attorney General. Our answer will tell you how to contact them.',
      tdpsa:
        'You can complain to the Texas Attorney General. Our answer will tell you how to contact them.',
    },
    submit: 'Send appeal',
    backToStatus: 'Back to your request',
  },

  error: {
    backHome: 'Go to the privacy center home page',
    notFound: {
      title: 'Page not found',
      body: 'Check the address. If you followed a link in one of our emails, it may have been cut short.',
    },
    gone: {
      title: 'This link has expired',
      body: 'To protect your data, links in our emails stop working after a while. Use the newest email from us, or send a new request.',
    },
    tooManyRequests: {
      title: 'Too many tries',
      body: 'To protect your data, we paused this for a short while.',
      retry: (when) => `Please try again ${when}.`,
    },
    badRequest: {
      title: 'Something went wrong with that page',
      body: 'Please go back and try again. If it keeps happening, write to us by post.',
    },
    tooLarge: {
      title: 'That was too large',
      body: 'The file or the text you sent is larger than we accept. Files may be up to 5 MB. Please go back and try again.',
    },
    conflict: {
      title: 'This cannot be done now',
      body: 'Your request has moved on since this page was opened, or this was already done. Open your request again to see where it stands.',
    },
    generic: {
      title: 'Sorry, something went wrong on our side',
      body: 'Please try again in a few minutes. If it keeps happening, write to us by post.',
    },
  },

  purposes: {
    marketing_email: {
      label: 'Marketing emails',
      hint: 'Newsletters, offers and promotions by email.',
    },
    marketing_sms: { label: 'Marketing text messages', hint: 'Offers and promotions by SMS.' },
    personalization: {
      label: 'Personalized recommendations',
      hint: 'Suggestions based on what you bought and browsed.',
    },
    analytics: { label: 'Analytics', hint: 'Measuring how you use our website.' },
    third_party_sharing: {
      label: 'Sharing with partners',
      hint: 'Sharing your data with other companies you agreed to.',
    },
  },

  correctableFields: {
    first_name: 'First name',
    last_name: 'Last name',
    phone: 'Phone number',
    display_name: 'Display name',
    date_of_birth: 'Date of birth',
    preferred_language: 'Preferred language',
    bio: 'Profile description',
    avatar_url: 'Profile picture',
    interests: 'Interests',
    recipient: 'Name on a saved address',
    line1: 'Address line 1',
    line2: 'Address line 2',
    city: 'City or town',
    region: 'State, province or region',
    postal_code: 'ZIP or postal code',
    country: 'Country',
    reviewer_name: 'Name shown on your reviews',
  },

  usStates: US_STATE_NAMES,

  validation: {
    required: 'Fill this in.',
    tooLong: 'This is too long. Please shorten it.',
    invalid: 'This does not look right. Please check it.',
    chooseOne: 'Choose one of the options.',
    email: 'Enter an email address like name@example.com.',
    phone: 'Enter a phone number using digits, spaces, brackets, + or -.',
    country: 'Choose a country from the list.',
    region: 'Choose a state from the list.',
    postalAddressForPostal: 'Enter your postal address, or choose to get our answer by email.',
    correctionsMin: 'Choose at least one thing to correct.',
    correctionField: 'Choose the information to correct from the list.',
    purposesMin: 'Choose at least one thing to stop.',
    agentAuthorization: 'Upload the permission the person signed.',
    agentAuthorizationType: 'The file must be a PDF, JPG or PNG.',
    code: 'Enter the 6-digit code from our email.',
    declaration: 'Tick the box to make the declaration.',
  },
} satisfies Messages;
