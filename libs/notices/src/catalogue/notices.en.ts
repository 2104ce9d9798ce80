import { denialReasonEntries } from '@rightsdesk/domain';
import { Messages } from '@rightsdesk/messages';

/**
 * The words of every notice in English (ICU MessageFormat). A notice's structure is code in
 * ../templates; its words are here, under the notice's kind.
 */
export const NOTICES_EN: Messages = {
  'notice.greeting': 'Hello,',
  'notice.closing': '{companyName} Privacy Team',
  'notice.count': '{count, number}',
  'notice.write_to.email': 'reply to this message or write to {contactEmail}',
  'notice.write_to.post': 'write to us at {companyAddress}, or email {contactEmail}',
  'notice.write_to.post_email_only': 'email us at {contactEmail}',

  'access_completed.subject': 'Your data access request {reference} is complete',
  'access_completed.done':
    'We have completed your request of {receivedOn} (reference {reference}) to access the personal information {companyName} holds about you.',
  'access_completed.nothing':
    'We searched every system where we keep personal information and found no records about you. A short report of where we looked is ready for you to download.',
  'access_completed.found':
    'We found {total, plural, one {# record} other {# records}} about you in the places listed below. Your data is ready to download as one ZIP file: a report that explains why we use it, who receives it and how long we keep it, with the data itself in JSON and CSV files if you asked for a copy.',
  'access_completed.found_post':
    'We found {total, plural, one {# record} other {# records}} about you in the places listed below. This letter sets out what we hold, why we use it, who receives it and how long we keep it, and your rights.',
  'access_completed.nothing_post':
    'We searched every system where we keep personal information and found no records about you.',
  'access_completed.copy_post':
    'If you would like a copy of the data itself, {writeTo}, quoting {reference}, and tell us whether you want it printed on paper or on a USB memory stick. We will post it to the address on your request at no cost to you.',
  'access_completed.post_only_to_you':
    'To protect your information we send a copy only to the postal address on your request, after we have confirmed it is you.',
  'access_completed.how':
    'To download it, open the link to follow your request that we sent you when you made it, go to "Your data" and choose "Download your data". We will email you a one-time code to enter there. The download is available for a limited time.',
  'access_completed.how_link':
    'To download it, open your request page: {statusUrl} There, go to "Your data" and choose "Download your data". We will email you a one-time code to enter there. The download is available for a limited time.',
  'access_completed.never_by_email':
    'To protect your information we never send it by email: it is released only on our privacy center, after you confirm it is you.',
  'access_completed.questions': 'If you have questions, {writeTo}, quoting {reference}.',
  'access_completed.where': 'Where we hold it',
  'access_completed.records': 'Records',
  'access_completed.count': '{count, plural, one {# record} other {# records}}',

  'appeal_decided.subject': 'The decision on your appeal {reference}',
  'appeal_decided.looked_again':
    'We have looked again at your privacy request, as you asked in your appeal of {receivedOn} (reference {reference}).',
  'appeal_decided.decision':
    '{outcome, select, granted {We agree with you: we have reversed our earlier decision and will now act on your request. We will write to you again when it is done.} other {We have decided to keep our earlier decision.}}',
  'appeal_decided.reasons': 'Our reasons: {reason}',
  'appeal_decided.complain': 'If you disagree with this decision, you can complain to {authority}.',
  'appeal_decided.questions': 'Questions: {contactEmail}, quoting {reference}.',

  'appeal_received.subject': 'We received your appeal {reference}',
  'appeal_received.received':
    'On {receivedOn} we received your appeal of our decision on your privacy request. Its reference is {reference}; please quote it whenever you write to us.',
  'appeal_received.look_again':
    'We will look at your request again, and tell you our decision with our reasons in writing.',
  'appeal_received.due': 'The law gives us a set time to decide.',
  'appeal_received.no_due':
    'The law gives us a set time to decide, and we will tell you our decision within it.',
  'appeal_received.follow': 'You can follow your appeal here: {statusUrl}',
  'appeal_received.free': 'Appealing is free. Questions: {contactEmail}, quoting {reference}.',

  'download_code.subject': 'Your code to download your data (request {reference})',
  'download_code.asked':
    'You asked to download the copy of your personal information we prepared for your request {reference}. To protect it, we check once more that it is really you.',
  'download_code.code': 'Your download code is {code}. Enter it on the download page.',
  'download_code.works_for':
    'The code works for {minutes, plural, one {# minute} other {# minutes}}. After a few wrong tries it stops working and you can ask for a new one.',
  'download_code.not_you':
    'If you did not ask for this code, do not share it with anyone and write to {contactEmail}.',

  'lookup_code.subject': 'Your code to open your request {reference}',
  'lookup_code.asked':
    'Someone, probably you, asked on our privacy center to open your privacy request {reference} again, giving this email address.',
  'lookup_code.code': 'Your code is {code}. Enter it on the page where you asked for it.',
  'lookup_code.works_for':
    'The code works for {minutes, plural, one {# minute} other {# minutes}}. After a few wrong tries it stops working and you can ask for a new one.',
  'lookup_code.new_link':
    'The code opens your request’s status page under a new link. Keep that link: the link in our first email stops working.',
  'lookup_code.not_you':
    'If you did not ask for this code, do not share it with anyone. Nobody can open your request without it. If you are worried, write to {contactEmail}.',

  'information_needed.subject': 'We need more information for your request {reference}',
  'information_needed.need':
    'To go on with your privacy request of {receivedOn} (reference {reference}), we need a little more information from you.',
  'information_needed.what': 'What we need: {reason}',
  'information_needed.be_precise': 'Please tell us more precisely what you are asking us to do.',
  'information_needed.send_from_page':
    'You can send it from your request page: {statusUrl}. You can also {writeTo}, quoting {reference}.',
  'information_needed.reply': 'Please {writeTo}, quoting {reference}.',
  'information_needed.only_what_we_ask':
    'Send only what we ask for: we never need your password or full identity or card numbers.',
  'information_needed.clock':
    'Waiting for your answer does not change the time the law gives us to answer you. If we have not heard from you by that date, we will do what we can with what we have, and tell you what we could not do and why.',

  'information_needed.clock_paused':
    'The law lets us stop counting the time we have to answer you until your answer reaches us; the date above moves later by the days we wait.',

  'package_ready.subject': 'Your data is ready to download (request {reference})',
  'package_ready.ready':
    'The copy of your personal information for your request of {receivedOn} (reference {reference}) is ready.',
  'package_ready.how':
    'To download it, open {place}, go to "Your data" and choose "Download your data". We will then email you a one-time code to enter there: the download works only with that code.',
  'package_ready.place_page': 'your request page ({statusUrl})',
  'package_ready.place_link': 'the link to follow your request that we sent you when you made it',
  'package_ready.until':
    'You can download it until {availableUntil}. After that we delete the file; you can make a new request at any time, free of charge.',
  'package_ready.limited':
    'The download is available for a limited time. After that we delete the file; you can make a new request at any time, free of charge.',
  'package_ready.never_by_email':
    'To protect your information we never send it by email or attach it to a message.',
  'package_ready.questions': 'Questions: {contactEmail}, quoting {reference}.',

  'request_completed.subject':
    '{type, select, correct {Your request to correct your data} withdraw_consent {Your withdrawal of consent} other {Your request to delete your data}} {reference} is complete',
  'request_completed.completed':
    'We have completed your request of {receivedOn} (reference {reference}).',
  'request_completed.done':
    '{type, select, correct {We have corrected exactly what you asked, in the record you named and nowhere else, and checked that the new values are in place. We have also told the companies that process it for us.} withdraw_consent {We have stopped everything you had agreed to: marketing messages, and cookies other than those the website needs to work. What we did before you withdrew stays lawful.} other {We have deleted the personal information we held about you, except what the law requires us to keep. The table below says, for each place we keep information, what we did.}}',
  'request_completed.nothing':
    '{type, select, correct {We searched every place where we keep personal information and found none of the information you asked us to correct.} withdraw_consent {We found no consent or subscription of yours still in force; nothing more will be sent to you on the basis of consent.} other {We searched every place where we keep personal information and found nothing about you to delete.}}',
  'request_completed.suppression':
    'We keep a short note that you asked, made so that it cannot be read back as your email address, only so that we do not add you to our mailing lists again.',
  'request_completed.see': 'You can see your request here: {statusUrl}',
  'request_completed.disagree':
    'If you disagree with what we did, you can {writeTo}, quoting {reference}.',
  'request_completed.where': 'Where we keep it',
  'request_completed.what_we_did': 'What we did',
  'request_completed.closing': '{companyName} Privacy Team',
  'request_completed.outcome.deleted': 'Deleted ({rows, number})',
  'request_completed.outcome.deidentified':
    'Kept without anything that identifies you ({rows, number})',
  'request_completed.outcome.retained': 'Kept: {reason}',
  'request_completed.outcome.retained_years':
    'Kept for {years, plural, one {# year} other {# years}}: {reason}',
  'request_completed.outcome.retained_period': 'Kept for {period}: {reason}',
  'request_completed.outcome.required_by_law': 'required by law',
  'request_completed.outcome.corrected': '{field} corrected ({rows, number})',
  'request_completed.outcome.withdrawn': 'Stopped ({rows, number})',
  'request_completed.outcome.told': 'Told {recipient}: done',
  'request_completed.outcome.handled': 'Done by our staff',

  // Why a request was refused, one entry per denial reason (libs/domain DENIAL_REASONS).
  ...denialReasonEntries('en', 'denial_reason'),

  // After a refusal, under the person's own law (libs/domain laws): whom to complain to, and
  // the courts under the GDPR and UK GDPR (Art. 12(4)).
  'rights.complain': 'If you disagree with our answer, you can complain to {authorities}.',
  'rights.complain_also': 'You can also complain to {authorities}.',
  'rights.appeal_until': 'You can appeal until {when}.',
  'rights.court': 'You also have the right to seek a remedy in court.',

  // A correction in words: the record the person named and each field with its new value. The
  // record's and fields' names are the data map's words for people (peopleWords), never a list here.
  'correction.record_where': '{dataset} (with {field} “{value}”)',
  'correction.change': '{field} changed to {value}',
  'correction.line': '{record}: {changes}.',
  'correction.unmatched.none': '{record}: we hold none for you.',
  'correction.unmatched.several':
    '{record}: we hold more than one and cannot tell which one you mean.',
  'information_needed.correction_unmatched':
    'We could not tell which of your records to correct. {problems} Please tell us which one you mean (for example what it says now) and the new values.',

  'request_denied.subject': 'We could not complete your request {reference}',
  'request_denied.could_not':
    'We could not complete your privacy request of {receivedOn} (reference {reference}).',
  'request_denied.reason': 'The reason: {reason}',
  'request_denied.default_reason': 'we could not confirm your identity',
  'request_denied.appeal_page': 'You can appeal this decision from your request page: {statusUrl}',
  'request_denied.appeal_email': 'You can appeal this decision by writing to {contactEmail}.',
  'request_denied.new_request':
    'You can make a new request at any time; it is free. Questions: {contactEmail}, quoting {reference}.',

  'request_expired.subject': 'Your request {reference} was closed because it was not confirmed',
  'request_expired.closed':
    'We did not receive a confirmation of your identity for your privacy request of {receivedOn} (reference {reference}), so we have closed it without acting on it.',
  'request_expired.protects':
    'This protects you: we only act on requests when we know they come from you.',
  'request_expired.new_request':
    'You can make a new request at any time on our privacy center; it is free. Questions: {contactEmail}.',

  'request_extended.subject': 'We need more time for your request {reference}',
  'request_extended.still_working':
    'We are still working on your privacy request of {receivedOn} (reference {reference}), and we need more time to complete it properly.',
  'request_extended.why': 'Why: {reason}',
  'request_extended.default_reason': 'your request is complex and involves many of our systems',
  'request_extended.law':
    'The law lets us extend the time to answer once, when a request is complex or we receive many, as long as we tell you why before the original date.',
  'request_extended.no_due':
    'We will answer as soon as we can, within the extra time the law allows.',
  'request_extended.follow': 'You can follow your request here: {statusUrl}',
  'request_extended.questions': 'If you have questions, {writeTo}, quoting {reference}.',

  'request_received.subject': 'We received your privacy request {reference}',
  'request_received.received':
    'On {receivedOn} we received {type, select, access {a request to see the personal information we hold about you} delete {a request to delete the personal information we hold about you} correct {a request to correct personal information we hold about you} withdraw_consent {a withdrawal of your consent} appeal {an appeal of our decision on an earlier request} other {your privacy request}}. Its reference is {reference}; please quote it whenever you write to us.',
  'request_received.no_proof':
    'You do not need to prove who you are to withdraw consent: we act on it as soon as we can.',
  'request_received.verification':
    'Before we act, we check that the request really comes from you, so that nobody else can see or change your information. We email you a code to confirm your address, and for some requests we compare a few details you gave with what we already hold. We never ask for your password or for full identity or card numbers, and we use these details only to confirm who you are.',
  'request_received.due':
    'The law gives us a set time to answer, and the time needed to confirm who you are does not extend it.',
  'notice.courtesy':
    'The {law} does not give you a right to {type, select, access {see your data} correct {have your data corrected} delete {have your data deleted} other {withdraw your consent}}. We will still do it, as our privacy policy promises everyone, within the time our policy sets.',
  'request_received.no_due':
    'The law gives us a set time to answer, and the time needed to confirm who you are does not extend it. If we need more time, we will tell you why before the original date.',
  'request_received.follow':
    'You can follow your request at any time here: {statusUrl} (this link is yours alone; please do not share it).',
  'request_received.free':
    'Making a request is free. Questions: {contactEmail}, quoting {reference}.',

  'verification_code.subject': 'Your verification code for request {reference}',
  'verification_code.received':
    'We received your privacy request (reference {reference}). To protect your information, we first check that it is really you.',
  'verification_code.code':
    'Your code is {code}. Enter it on the verification page, or open this link and confirm: {verifyUrl}',
  'verification_code.works_for':
    'The code works for {minutes, plural, one {# minute} other {# minutes}}. We use it only to confirm who you are.',
  'verification_code.follow': 'You can follow your request here: {statusUrl}',
  'verification_code.not_you':
    'If you did not make this request, you can ignore this email, or write to {contactEmail}.',

  'verification_letter.subject': 'Your verification code for request {reference}',
  'verification_letter.received':
    'We received your privacy request (reference {reference}). To protect your information, we first check that it is really you. We have no email address for you, so we send your code by post.',
  'verification_letter.code': 'Your code is {code}.',
  'verification_letter.online':
    'To confirm online, go to {enterUrl} and enter your reference {reference} and this code. The same page then shows how your request is going, whenever you come back with them.',
  'verification_letter.call':
    'You can also call us and read out your reference and this code: the person you speak to will enter it for you.',
  'verification_letter.works_for':
    'The code works for {days, plural, one {# day} other {# days}} from the date of this letter. After a few wrong tries it stops working, and you can ask us for a new one.',
  'verification_letter.not_you':
    'If you did not make this request, do not use the code, and {writeTo}, quoting {reference}.',

  'verification_failed.subject': 'We could not confirm your identity for request {reference}',
  'verification_failed.could_not':
    'We could not confirm that your privacy request of {receivedOn} (reference {reference}) comes from you.',
  'verification_failed.what_follows':
    '{type, select, access {This means we cannot send you a copy of the personal information itself, because giving it to the wrong person could harm you. We will instead tell you the categories of personal information we hold about you, where it comes from, why we use it and who receives it.} delete {This means we cannot delete your personal information, so we have refused this request and your information stays as it was. You can still ask us to stop selling or sharing your information: that does not need proof of who you are.} correct {This means we cannot correct your personal information, so we have refused this request and your information stays as it was.} other {This means we cannot act on this request.}}',
  'verification_failed.try_again':
    'You can try again at any time with a new request, free of charge, giving details that help us recognize you, such as your phone number, postal address or last order number.',
  'verification_failed.appeal_page':
    'If you think we are wrong, you can appeal from your request page: {statusUrl}',
  'verification_failed.appeal_email':
    'If you think we are wrong, you can appeal by writing to {contactEmail}, quoting {reference}.',

  'letter.dated': 'Date: {date}',
  'letter.reference': 'Reference: {reference}',
  'letter.footer': 'Reference {reference}  ·  page {page} of {pages}',
};
