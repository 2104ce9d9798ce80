import { denialReasonEntries, statusWordEntries } from '@rightsdesk/domain';
import { Messages } from '@rightsdesk/messages';

// Plain words first: the policy promises access, correction, amendment, deletion and consent
// withdrawal, by support or by post. Legal terms appear only where a law requires the wording.
/** Every word the privacy center shows in English (ICU MessageFormat), keyed by page and part. */
export const PAGES_EN: Messages = {
  lang: 'en',
  languageName: 'English',
  'layout.siteName': 'Privacy center',
  'layout.skipLink': 'Skip to main content',
  'layout.navLabel': 'Privacy center',
  'layout.languageNavLabel': 'Language',
  'layout.home': 'Home',
  'layout.footerNoSale': 'We do not sell your personal information.',
  'layout.footerFree': 'Using your privacy rights is free.',
  'form.required': '(required)',
  'form.optional': '(optional)',
  'form.choose': 'Choose…',
  'form.errorSummaryTitle': 'There is a problem',
  'form.errorPrefix': 'Error:',
  'form.titleErrorPrefix': 'Error:',
  'requestTypes.access.title': 'See your data',
  'requestTypes.access.summary':
    'Get a copy of the personal information we hold about you, or a list of the kinds of information we hold.',
  'requestTypes.correct.title': 'Correct your data',
  'requestTypes.correct.summary':
    'Fix or update information about you that is wrong, incomplete or out of date.',
  'requestTypes.delete.title': 'Delete your data',
  'requestTypes.delete.summary':
    'Ask us to delete the personal information we hold about you. We keep only what the law makes us keep.',
  'requestTypes.withdraw_consent.title': 'Withdraw your consent',
  'requestTypes.withdraw_consent.summary':
    'Stop things you agreed to, such as marketing emails, text messages or personalized recommendations.',
  'requestTypes.appeal.title': 'Appeal our decision',
  'requestTypes.appeal.summary': 'Ask us to look at a refused or completed request again.',
  'home.title': 'Your privacy rights',
  'home.intro':
    'We collect information when you visit our shop or buy from us: for example your name, email, address, orders, payment details and how you use our website. You can ask us to show it to you, correct it, delete it, or stop using it for things you agreed to.',
  'home.chooseHeading': 'What would you like to do?',
  'home.noSaleHeading': 'We do not sell your data',
  'home.noSale': 'We do not sell your personal information, and we never have.',
  'home.howHeading': 'How it works',
  'home.noAccount': 'You do not need an account. Just fill in a short form.',
  'home.free': 'It is free.',
  'home.identity':
    'To protect your data, we check it is really you before we act. Usually we email you a 6-digit code. For a full copy of your data or for deleting it, we may ask for a few more details that we already hold, such as your phone number or your last order number. To withdraw consent, we do not need to check.',
  'home.timing':
    'We confirm we got your request and answer within the time the law gives us, usually 45 days in the US or one month in Europe. We show the date on your request’s status page.',
  'home.agentHeading': 'Asking for someone else?',
  'home.agent':
    'An authorized agent can send a request for another person. Use the same forms and upload the person’s signed permission.',
  'home.postHeading': 'Prefer to write to us?',
  'home.post': 'You can send your request by post instead, to:',
  'home.postInclude':
    'Tell us what you want us to do, your full name, and an email address or postal address where we can answer you.',
  'home.supportEmail': 'Or email our support team:',
  'home.statusHeading': 'Already sent a request?',
  'home.status':
    'Use the link in the email we sent you to check its status, enter your code or download your data.',
  'requestForm.intro.access':
    'Tell us who you are and what you would like. We will find the information we hold about you in all our systems.',
  'requestForm.intro.correct':
    'Tell us who you are and what is wrong. We will change exactly what you name, show it to our team before anything changes, and tell the companies that help us run the shop.',
  'requestForm.intro.delete':
    'Tell us who you are. We will delete your information everywhere we store it and tell the companies that help us run the shop.',
  'requestForm.intro.withdraw_consent':
    'Tell us who you are and what you want us to stop. We stop straight away, without any extra checks.',
  'requestForm.aboutYouHeading': 'About you',
  'requestForm.aboutYouHint':
    'We use these details to find your data, to confirm it is you and to answer you. We use them for nothing else.',
  'requestForm.email.label': 'Email address',
  'requestForm.email.hint':
    'Use the email you use with our shop. We will send a code to it to confirm it is you.',
  'requestForm.emailWithdrawalHint':
    'Use the email you use with our shop: we stop what is linked to it. We send no code; we email you when it is done.',
  'requestForm.name.label': 'Full name',
  'requestForm.phone.label': 'Phone number',
  'requestForm.phone.hint':
    'Helps us find your data. Include the country code if you live outside the US.',
  'requestForm.addressLegend': 'Postal address',
  'requestForm.addressHint':
    'Needed if you want our answer by post. It also helps us find your data.',
  'requestForm.line1': 'Address line 1',
  'requestForm.line2': 'Address line 2',
  'requestForm.city': 'City or town',
  'requestForm.region': 'State, province or region',
  'requestForm.postalCode': 'ZIP or postal code',
  'requestForm.country': 'Country',
  'requestForm.residenceLegend': 'Where you live',
  'requestForm.residenceHint':
    'This tells us which privacy law applies and how long we have to answer.',
  'requestForm.residenceCountry': 'Country',
  'requestForm.residenceCountryOther': 'Another country, or I would rather not say',
  'requestForm.residenceRegion.label': 'US state',
  'requestForm.residenceRegion.hint': 'Only if you live in the United States.',
  'requestForm.residenceRegionNone': 'I do not live in the US',
  'requestForm.answerLegend': 'How should we answer you?',
  'requestForm.answerEmail': 'By email',
  'requestForm.answerPostal.label': 'By post',
  'requestForm.answerPostal.hint': 'Fill in your postal address above.',
  'requestForm.scopeLegend': 'What would you like?',
  'requestForm.scopeCategories.label': 'A list of the kinds of information we hold about you',
  'requestForm.scopeCategories.hint':
    'For example contact details, orders or website visits, with why we use them, who we share them with and how long we keep them.',
  'requestForm.scopeCopy.label': 'A full copy of your data',
  'requestForm.scopeCopy.hint':
    'Files you can open and reuse (JSON and CSV) and an easy-to-read report. We will ask for a few more details to be sure it is you.',
  'requestForm.correctionsLegend': 'What needs correcting?',
  'requestForm.correctionsHint':
    'Choose the information that is wrong and type the correct value. You can fix up to 5 things at once. To change your email address, change it in your account.',
  'requestForm.correctionRow': 'Correction {number}',
  'requestForm.correctionField': 'Information to correct',
  'requestForm.correctionValue': 'Correct value',
  'requestForm.recordLegend': 'Correct one of your saved addresses',
  'requestForm.recordHint':
    'Choose which address, then type only what is wrong in it. Anything you leave blank stays as it is; nothing changes in your other addresses.',
  'requestForm.recordWhich': 'Which address?',
  'requestForm.recordKinds.home': 'Your home address',
  'requestForm.recordKinds.billing': 'Your billing address',
  'requestForm.recordKinds.shipping': 'Your shipping address',
  'requestForm.reason.label': 'Why does it need correcting?',
  'requestForm.reason.hint':
    'Anything that helps us check, for example where you saw the wrong value.',
  'requestForm.purposesLegend': 'What should we stop?',
  'requestForm.purposesHint':
    'Choose one or more. Stopping is as easy as agreeing was. What we did before you withdrew stays lawful.',
  'requestForm.purposesAll.label': 'Everything I agreed to',
  'requestForm.purposesAll.hint': 'Stops all of the things below.',
  'requestForm.deleteHeading': 'Before you ask us to delete',
  'requestForm.deletePoints.0':
    'Deleting cannot be undone. We delete your account, profile, saved addresses, reviews, comments, website visits, recommendations and marketing choices.',
  'requestForm.deletePoints.1': 'You will no longer be able to sign in or see your past orders.',
  'requestForm.deletePoints.2':
    'The law makes us keep some records: orders and payments are kept for 7 years for tax and accounting. We use them for nothing else.',
  'requestForm.deletePoints.3':
    'We keep a short note that you asked, so your details are not added back by mistake, for example to our mailing list.',
  'requestForm.deletePoints.4': 'We also tell the companies that handle data for us to delete it.',
  'requestForm.deleteAlternative': 'Only want fewer messages? Withdraw your consent instead.',
  'requestForm.agentSummary': 'I am an authorized agent acting for this person',
  'requestForm.agentHint':
    'If you are sending this request for someone else, fill in the details above about them, and tell us who you are here. The person may still need to confirm the request, unless you have a power of attorney.',
  'requestForm.agentName.label': 'Your full name (agent)',
  'requestForm.agentEmail.label': 'Your email address (agent)',
  'requestForm.agentAuthorization.label': 'Signed permission from the person',
  'requestForm.agentAuthorization.hint':
    'A PDF or a photo (JPG or PNG) of the permission the person signed.',
  'requestForm.agentFileAgain': 'If you chose a file before, please choose it again.',
  'requestForm.agentPowerOfAttorney.label': 'This is a power of attorney',
  'requestForm.agentPowerOfAttorney.hint':
    'You do not need one. If you have one, the person does not need to confirm the request.',
  'requestForm.submit': 'Send request',
  'requestForm.privacyNote':
    'We use these details only to handle your request and to check who you are.',
  'submitted.title': 'Request sent',
  'submitted.referenceLabel': 'Your reference number',
  'submitted.codeSent': 'We emailed a 6-digit code to {email}.',
  'submitted.codeNext': 'Enter it to confirm it is you. We cannot start until you do.',
  'submitted.verifyLink': 'Enter your code',
  'submitted.noVerification':
    'We do not need to check who you are for this request, so we have already started.',
  'submitted.nextHeading': 'What happens next',
  'submitted.nextVerify': 'You confirm it is you with the code.',
  'submitted.nextSearch': 'We look for your data in every system we use.',
  'submitted.nextAnswer': 'We answer you by {due} at the latest.',
  'submitted.noEmail':
    'No email? Check your spam folder. You can ask for a new code on the page where you enter it.',
  'submitted.statusLink': 'Check the status of your request',
  'submitted.keepReference': 'Keep your reference number. You will need it if you contact us.',
  'verify.title': 'Confirm it is you',
  'verify.intro': 'Enter the 6-digit code we emailed you.',
  'verify.introPosted': 'Enter the 6-digit code from the letter we posted to you.',
  'verify.codePosted.label': '6-digit code',
  'verify.codePosted.hint': 'It is in our letter, under your reference number.',
  'verify.resendPostedHint':
    'We post a new code to the address we have for you. Post can take several days, and the old code stops working.',
  'verify.resendPostedButton': 'Send me a new code',
  'verify.resentPosted': 'We are posting you a new code.',
  'verify.code.label': '6-digit code',
  'verify.code.hint': 'You will find it in the email from us.',
  'verify.attemptsLeft': 'You have {count, plural, one {# try} other {# tries}} left.',
  'verify.moreLegend': 'A few more details',
  'verify.moreHint':
    'To keep your data safe, we match these with what we already hold. We use them only to confirm it is you and delete them afterwards.',
  'verify.name': 'Full name',
  'verify.phone': 'Phone number',
  'verify.line1': 'Address line 1',
  'verify.postalCode': 'ZIP or postal code',
  'verify.lastOrderNumber.label': 'Number of your most recent order',
  'verify.lastOrderNumber.hint': 'It is in your order confirmation email.',
  'verify.declarationLegend': 'Your declaration',
  'verify.declaration.label':
    'I declare under penalty of perjury under the laws of the State of California that I am the person this request is about, or their authorized agent.',
  'verify.declaration.hint':
    'California law asks for this before we send a copy of your data. We keep it with your request.',
  'verify.submit': 'Confirm',
  'verify.wrongCode':
    'That code is not right. You have {attemptsLeft, plural, one {# try} other {# tries}} left.',
  'verify.expired': 'Your code has expired. Ask for a new one below.',
  'verify.tooManyAttempts':
    'The code was entered wrongly too many times, so we paused this check to protect your data.',
  'verify.tryAgain': 'You can try again {when}.',
  'verify.resendHeading': 'Did not get a code?',
  'verify.resendHint':
    'We will send a new code to the email address you gave us. The old code will stop working.',
  'verify.resendButton': 'Send a new code',
  'verify.resent': 'We sent you a new code.',
  'confirmLink.title': 'Confirm it is you',
  'confirmLink.intro':
    'You opened the link in our email. Press the button to confirm this request is yours.',
  'confirmLink.why':
    'We ask you to press the button so that programs that check links in emails cannot confirm for you.',
  'confirmLink.button': 'Confirm it’s me',
  'confirmLink.notYou': 'Did not ask for this? Just close this page. Nothing will happen.',
  'confirmLink.done': 'Thank you. You have confirmed it is you.',
  'confirmLink.needsMore':
    'Thank you. To finish, open the page in our email where you enter your code, and add the few details it asks for.',
  'status.title': 'Your request',
  'status.referenceLabel': 'Reference number',
  'status.typeLabel': 'Request',
  'status.statusLabel': 'Status',
  'status.dueLabel': 'We answer by',
  'status.timeLeftLabel': 'Time left',
  'status.timelineHeading': 'What has happened so far',
  'status.timelineWhen': 'When',
  'status.timelineWhat': 'What happened',
  'status.timelineEmpty': 'Nothing yet.',
  'status.nextHeading': 'What happens next',
  'status.answerMailDelayed':
    'Your answer is ready; our email to you is delayed. We keep trying and will send it as soon as we can.',
  'status.downloadsHeading': 'Your data',
  'status.downloadsIntro':
    'Your files are ready. To keep them safe, we email you a one-time code before the download starts. The download is available for a limited time.',
  'status.downloadsLink': 'Download your data',
  'status.verifyLink': 'Enter your code',
  'status.denialHeading': 'Why we could not do this',
  'status.denialReason': 'Reason',
  'status.denialNote': 'More detail',
  'status.appealHeading': 'Disagree with our answer?',
  'status.appealIntro': 'You can ask us to look at your request again. This is called an appeal.',
  'status.appealLink': 'Appeal our decision',
  'status.progressHeading': 'Where the work stands',
  'status.progressIntro':
    'We carry out your request everywhere we keep your data, and tell the companies that hold it for us.',
  'status.progressWhere': 'Where',
  'status.progressState': 'Progress',
  'status.progressOurRecords':
    '{hasSystem, select, yes {Our records ({system})} other {All our records}}',
  'status.progressStates.done': 'Done',
  'status.progressStates.working': 'In progress',
  'status.progressStates.waiting_recipient': 'We told them and are waiting for their confirmation',
  'status.progressStates.waiting_staff': 'Our staff are doing this by hand',
  'status.progressStates.delayed': 'Delayed; our staff are looking into it',
  'status.timelineActions.verification.code_sent': 'We emailed you a code',
  'status.timelineActions.verification.email_confirmed': 'You confirmed your email address',
  'status.timelineActions.verification.code_posted': 'We posted you a code',
  'status.timelineActions.verification.posted_code_confirmed':
    'You confirmed the code from our letter',
  'status.timelineActions.verification.wrong_code': 'A wrong code was entered',
  'status.timelineActions.verification.needs_more': 'We asked for a few more details',
  'status.timelineActions.agent.authorization_received':
    'We received the signed permission from your agent',
  'status.timelineActions.notice.rendered': 'We wrote to you',
  'status.timelineActions.download.code_sent': 'We emailed you a code to download your data',
  'status.timelineActions.access.downloaded': 'Your data was downloaded',
  'download.title': 'Download your data',
  'download.intro':
    'Your data is ready as one ZIP file. To keep it safe, we email you a one-time code first, and the download works only for a short time after you enter it.',
  'download.availableUntil': 'You can download it until {date}.',
  'download.contents':
    'The ZIP file holds a report (report.html) that explains what we hold, why, who receives it and how long we keep it, and your data in JSON and CSV files that computers and spreadsheets can open.',
  'download.sendHeading': 'Get a code',
  'download.sendHint':
    'We will email a 6-digit code to the address you gave us. It works for {minutes, plural, one {# minute} other {# minutes}}. Any earlier code stops working.',
  'download.sendButton': 'Email me a code',
  'download.sendAgainButton': 'Email me a new code',
  'download.sent': 'We sent you a code. Enter it below.',
  'download.code.label': '6-digit code',
  'download.code.hint': 'You will find it in the email from us.',
  'download.submit': 'Continue',
  'download.wrongCode':
    'That code is not right. You have {attemptsLeft, plural, one {# try} other {# tries}} left.',
  'download.expiredCode': 'Your code has expired or was replaced. Ask for a new one.',
  'download.tooManyAttempts':
    'The code was entered wrongly too many times, so it stopped working to protect your data. Ask for a new one.',
  'download.readyHeading': 'Your download is ready',
  'download.readyHint':
    'The button works for {minutes, plural, one {# minute} other {# minutes}}. After that, ask for a new code.',
  'download.downloadButton': 'Download your data (ZIP)',
  'download.goneTitle': 'Your download has expired',
  'download.goneBody':
    'To protect your data, we keep it ready for download only for a limited time. You can make a new access request at any time; it is free.',
  'download.backToStatus': 'Back to your request',
  'find.title': 'Find my request',
  'find.intro':
    'Lost the email with the link to your request? Enter its reference number and the email address you gave us. If they match a request, we email you a code that opens it.',
  'find.reference.label': 'Reference number',
  'find.reference.hint': 'It looks like RD-7K3M-Q9XD. You find it in our emails and letters.',
  'find.email.label': 'Email address',
  'find.email.hint': 'The address you gave us when you sent the request.',
  'find.submit': 'Email me a code',
  'find.postHeading': 'We answer you by post?',
  'find.post':
    'If you sent your request by post or gave us no email address, we cannot email you a code: use the code from our letter instead, or write to us at the address below, or email our support team, with your reference number and full name, and we will tell you where your request stands by post.',
  'find.sentTitle': 'Check your email',
  'find.sent':
    'If the reference number and email address you gave match a request, we have emailed a 6-digit code to that address. It works for 15 minutes. If you do not get it, check the reference and the address and try again.',
  'find.code.label': '6-digit code',
  'find.code.hint': 'You will find it in the email from us.',
  'find.codeSubmit': 'Open my request',
  'find.newLink':
    'The code opens your request’s page under a new address. Bookmark it: the link in our first email stops working.',
  'find.wrongCode':
    'That code is not right or has stopped working. Check it, or ask for a new code.',
  'find.notReceivedHeading': 'No email?',
  'find.notReceived':
    'It can take a few minutes, and it may be in your spam folder. The code only goes to the address you gave with your request.',
  'find.startAgain': 'Ask for a new code',
  'find.lostLink': 'Lost the link to your request, or does it no longer work?',
  'find.link': 'Find my request with its reference number',
  'find.postedLink': 'Got a letter from us with a code? Enter it here',
  'posted.title': 'Enter the code from our letter',
  'posted.intro':
    'We have no email address for you, so we posted you a letter with a 6-digit code. Enter your reference number and that code to confirm your request is yours and to see how it is going. You can come back with them while the code works.',
  'posted.code.label': '6-digit code',
  'posted.code.hint': 'It is in the letter we posted to you, under your reference number.',
  'posted.submit': 'Open my request',
  'posted.wrongCode':
    'That reference number and code do not open a request, or the code has stopped working. Check both against our letter, or call or write to us for a new code.',
  'posted.newCodeHeading': 'Lost the code, or has it stopped working?',
  'posted.newCodeHint':
    'Enter your reference number and we will post a new code to the address we have for your request. Post can take several days, and the old code stops working.',
  'posted.newCodeButton': 'Send me a new code',
  'posted.newCodeSent':
    'If that reference number belongs to a request waiting for a code, we are posting a new code to the address we have for it.',
  'posted.noLetterHeading': 'No letter yet?',
  'posted.noLetter':
    'Post can take several days. If it does not arrive, or you would rather not use this page, call us and read out your reference number and the code, or write to us at the address below.',
  ...denialReasonEntries('en', 'denialReasons', '.'),
  ...statusWordEntries('en', 'person', 'statusLabels'),
  // A withdrawal takes effect at once (GDPR Art. 7(3)): its page says so, not "approved".
  'statusNextWithdrawal.awaiting_review':
    'Our privacy team checks each withdrawal before it takes effect. We will email you as soon as it is done.',
  'statusNextWithdrawal.approved':
    'Your withdrawal has taken effect. We are now stopping it in each system that holds your data. You do not need to do anything.',
  'statusNextWithdrawal.in_progress':
    'Your withdrawal has taken effect. We are stopping it in each system that holds your data and telling the companies that work for us. You do not need to do anything.',
  'statusNextWithdrawal.completed':
    'Done: we have stopped what you asked us to stop, in every system that held it, and told the companies that work for us. We have emailed you. What we did before you withdrew stays lawful.',
  ...statusWordEntries('en', 'personWithdrawal', 'statusLabelsWithdrawal'),
  'statusNext.received': 'We have your request. Next, we ask you to confirm it is you.',
  'statusNext.pending_verification':
    'Enter the code we emailed you. We cannot start until you do. If you do not confirm in time, the request expires and you can send a new one.',
  'statusNext.verified': 'Thank you for confirming. Our team checks your request next.',
  'statusNext.awaiting_review':
    'Someone from our privacy team is checking your request. We will tell you if we need anything else.',
  'statusNext.needs_info':
    'We wrote to you asking for more information. Please reply so we can carry on.',
  'statusNext.approved': 'Your request is approved. We will start working on it shortly.',
  'statusNext.in_progress':
    'We are working on your request in each system that holds your data. We will tell you when it is done.',
  'statusNext.failed':
    'Something went wrong on our side. Our team knows and will fix it. You do not need to do anything.',
  'statusNext.cancelled': 'This request was cancelled. You can send a new one at any time.',
  'statusNext.expired':
    'This request expired because it was not confirmed in time. You can send a new one at any time.',
  'appeal.title': 'Appeal our decision',
  'appeal.intro':
    'Tell us why you think our answer is wrong. Someone who did not make the first decision will look at it again.',
  'appeal.referenceLabel': 'Reference number',
  'appeal.reason.label': 'Why do you disagree?',
  'appeal.reason.hint': 'Say what you expected, and what you think we got wrong.',
  'appeal.deadlineHeading': 'When we will answer',
  'appeal.complaintHeading': 'If we still say no',
  'status.lawHeading': 'The law that protects you',
  'status.lawApplies': 'We handle your request under the {law}.',
  'status.lawPolicy':
    'No privacy law of the place where you live covers your request, so we handle it under our own privacy policy, with the same care and the same deadlines.',
  'status.lawCourtesy':
    'The {law} does not give you a right to {right, select, access {see your data} correct {have your data corrected} delete {have your data deleted} other {withdraw your consent}}. We will still do it, as our privacy policy promises everyone, and answer by the date above.',
  'status.lawComplain':
    'If you are unhappy with how we handle it, you can complain to {authorities}.',
  'status.complain': 'You can complain to {authorities}.',
  'status.court': 'You also have the right to go to court.',
  'status.appealClock':
    'The {law} gives you this right. We answer within {period} of getting your appeal.',
  'status.appealUntil': 'You can appeal until {when}.',
  'status.appealEnded':
    'The time to appeal ended on {when}. If you are unhappy with our answer, you can complain to {authorities}.',
  'appeal.deadline':
    'The {law} gives us {period} from getting your appeal to answer, with our reasons.',
  'appeal.deadlineExtension':
    'If we need more time we can take up to {period} more, and we will tell you why.',
  'appeal.complaint': 'If we still say no, you can complain to {authorities}.',
  'law.period':
    '{unit, select, months {{amount, plural, one {one month} other {# months}}} business_days {{amount, plural, one {# working day} other {# working days}}} other {{amount, plural, one {# day} other {# days}}}}',
  'statusNext.completed': 'Your request is done and we have sent you our answer.',
  'statusNext.denied': 'We could not do what you asked. The reason is below.',
  'appeal.submit': 'Send appeal',
  'appeal.backToStatus': 'Back to your request',
  'reply.heading': 'We need more information',
  'reply.intro': 'Please answer our question below so we can carry on with your request.',
  'reply.answer.label': 'Your answer',
  'reply.answer.hint': 'Write what we asked for. You can send a document with it.',
  'reply.document.label': 'Attach a document (optional)',
  'reply.document.hint': 'A PDF, JPEG or PNG file, up to 10 MB.',
  'reply.documentWrongType': 'The file must be a PDF, JPEG or PNG.',
  'reply.documentTooLarge': 'The file must be at most 10 MB.',
  'reply.submit': 'Send your answer',
  'reply.weAsked': 'We asked on {date}: {text}',
  'reply.youWrote': 'You wrote on {date}: {text}',
  'error.backHome': 'Go to the privacy center home page',
  'error.notFound.title': 'Page not found',
  'error.notFound.body':
    'Check the address. If you followed a link in one of our emails, it may have been cut short.',
  'error.gone.title': 'This link has expired',
  'error.gone.body':
    'To protect your data, links in our emails stop working after a while. Use the newest email from us, or send a new request.',
  'error.tooManyRequests.title': 'Too many tries',
  'error.tooManyRequests.body': 'To protect your data, we paused this for a short while.',
  'error.tooManyRequests.retry': 'Please try again {when}.',
  'error.badRequest.title': 'Something went wrong with that page',
  'error.badRequest.body':
    'Please go back and try again. If it keeps happening, write to us by post.',
  'error.tooLarge.title': 'That was too large',
  'error.tooLarge.body':
    'The file or the text you sent is larger than we accept. Files may be up to 5 MB. Please go back and try again.',
  'error.malformedText.title': 'We could not read some of what you typed',
  'error.malformedText.body':
    'Something you entered holds a character we cannot accept, such as an invisible control character, often picked up by copying and pasting. Please go back, type that text again and send it.',
  'error.conflict.title': 'This cannot be done now',
  'error.conflict.body':
    'Your request has moved on since this page was opened, or this was already done. Open your request again to see where it stands.',
  'error.unavailable.title': 'We are unavailable for a moment',
  'error.unavailable.body':
    'Our records cannot be reached just now, so nothing was saved from this page.',
  'error.generic.title': 'Sorry, something went wrong on our side',
  'error.generic.body':
    'Please try again in a few minutes. If it keeps happening, write to us by post.',
  'purposes.marketing_email.label': 'Marketing emails',
  'purposes.marketing_email.hint': 'Newsletters, offers and promotions by email.',
  'purposes.marketing_sms.label': 'Marketing text messages',
  'purposes.marketing_sms.hint': 'Offers and promotions by SMS.',
  'purposes.personalization.label': 'Personalized recommendations',
  'purposes.personalization.hint': 'Suggestions based on what you bought and browsed.',
  'purposes.analytics.label': 'Analytics',
  'purposes.analytics.hint': 'Measuring how you use our website.',
  'purposes.third_party_sharing.label': 'Sharing with partners',
  'purposes.third_party_sharing.hint': 'Sharing your data with other companies you agreed to.',
  'correctableFields.first_name': 'First name',
  'correctableFields.last_name': 'Last name',
  'correctableFields.phone': 'Phone number',
  'correctableFields.display_name': 'Display name',
  'correctableFields.date_of_birth': 'Date of birth',
  'correctableFields.preferred_language': 'Preferred language',
  'correctableFields.bio': 'Profile description',
  'correctableFields.avatar_url': 'Profile picture',
  'correctableFields.interests': 'Interests',
  'correctableFields.recipient': 'Name on a saved address',
  'correctableFields.line1': 'Address line 1',
  'correctableFields.line2': 'Address line 2',
  'correctableFields.city': 'City or town',
  'correctableFields.region': 'State, province or region',
  'correctableFields.postal_code': 'ZIP or postal code',
  'correctableFields.country': 'Country',
  'correctableFields.reviewer_name': 'Name shown on your reviews',
  'usStates.AL': 'Alabama',
  'usStates.AK': 'Alaska',
  'usStates.AZ': 'Arizona',
  'usStates.AR': 'Arkansas',
  'usStates.CA': 'California',
  'usStates.CO': 'Colorado',
  'usStates.CT': 'Connecticut',
  'usStates.DE': 'Delaware',
  'usStates.DC': 'District of Columbia',
  'usStates.FL': 'Florida',
  'usStates.GA': 'Georgia',
  'usStates.HI': 'Hawaii',
  'usStates.ID': 'Idaho',
  'usStates.IL': 'Illinois',
  'usStates.IN': 'Indiana',
  'usStates.IA': 'Iowa',
  'usStates.KS': 'Kansas',
  'usStates.KY': 'Kentucky',
  'usStates.LA': 'Louisiana',
  'usStates.ME': 'Maine',
  'usStates.MD': 'Maryland',
  'usStates.MA': 'Massachusetts',
  'usStates.MI': 'Michigan',
  'usStates.MN': 'Minnesota',
  'usStates.MS': 'Mississippi',
  'usStates.MO': 'Missouri',
  'usStates.MT': 'Montana',
  'usStates.NE': 'Nebraska',
  'usStates.NV': 'Nevada',
  'usStates.NH': 'New Hampshire',
  'usStates.NJ': 'New Jersey',
  'usStates.NM': 'New Mexico',
  'usStates.NY': 'New York',
  'usStates.NC': 'North Carolina',
  'usStates.ND': 'North Dakota',
  'usStates.OH': 'Ohio',
  'usStates.OK': 'Oklahoma',
  'usStates.OR': 'Oregon',
  'usStates.PA': 'Pennsylvania',
  'usStates.RI': 'Rhode Island',
  'usStates.SC': 'South Carolina',
  'usStates.SD': 'South Dakota',
  'usStates.TN': 'Tennessee',
  'usStates.TX': 'Texas',
  'usStates.UT': 'Utah',
  'usStates.VT': 'Vermont',
  'usStates.VA': 'Virginia',
  'usStates.WA': 'Washington',
  'usStates.WV': 'West Virginia',
  'usStates.WI': 'Wisconsin',
  'usStates.WY': 'Wyoming',
  'validation.required': 'Fill this in.',
  'validation.tooLong': 'This is too long. Please shorten it.',
  'validation.invalid': 'This does not look right. Please check it.',
  'validation.chooseOne': 'Choose one of the options.',
  'validation.email': 'Enter an email address like name@example.com.',
  'validation.phone': 'Enter a phone number using digits, spaces, brackets, + or -.',
  'validation.country': 'Choose a country from the list.',
  'validation.rightNotGiven':
    'The privacy law of the place where you live does not give this right, and we answer only the rights that law gives. Write to us if you think this is wrong.',
  'validation.region': 'Choose a state from the list.',
  'validation.postalAddressForPostal':
    'Enter your postal address, or choose to get our answer by email.',
  'validation.correctionsMin': 'Choose at least one thing to correct.',
  'validation.correctionField': 'Choose the information to correct from the list.',
  'validation.purposesMin': 'Choose at least one thing to stop.',
  'validation.agentAuthorization': 'Upload the permission the person signed.',
  'validation.agentAuthorizationType': 'The file must be a PDF, JPG or PNG.',
  'validation.reference': 'Enter the reference number as it is written, like RD-7K3M-Q9XD.',
  'validation.code': 'Enter the 6-digit code from our email.',
  'validation.declaration': 'Tick the box to make the declaration.',
};
