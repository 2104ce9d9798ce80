/**
 * Hand-written free text for messages, reviews and comments. Lorem ipsum would not do: free text
 * is where personal data hides in real systems (names, order numbers, places), and the
 * fulfilment code has to find and export it. Placeholders: {first}, {agent}, {order},
 * {product}, {city}, {shop}.
 */
export const SHOP_NAME = 'Harbor & Pine';

export const SUPPORT_SUBJECTS = [
  'Where is my order {order}?',
  'Return request for {order}',
  'Damaged item in order {order}',
  'Question about {product}',
  'Change delivery address',
  'Refund not received',
  'Cannot log in to my account',
  'Invoice for {order}',
] as const;

export const SUPPORT_INBOUND = [
  'Hi, my order {order} was supposed to arrive last week but tracking has not updated since. Can you check?',
  'Hello,\nthe {product} in order {order} arrived with a cracked corner. Photos attached. Could you send a replacement?\nThanks, {first}',
  'I would like to return the {product}. It does not fit. What is the process?',
  'Please send the parcel to my new address in {city} instead, I moved last month.',
  'I was charged twice for order {order}. Please refund the duplicate payment.',
  'I keep getting "invalid password" even after resetting it. Can you help?',
  'Can I get a VAT invoice for {order}? Company details to follow.',
  'Is the {product} available in another colour? The page says sold out.',
] as const;

export const SUPPORT_OUTBOUND = [
  'Hi {first},\nthanks for getting in touch. I have checked order {order} and the carrier expects delivery within two working days.\nBest, {agent}',
  'Hi {first}, sorry to hear that. I have started a replacement for the {product}; you will get a confirmation email shortly. {agent}',
  'Hello {first},\nyour return label is attached. Drop the parcel at any post office within 30 days.\nKind regards,\n{agent} ({shop} customer care)',
  'Hi {first}, I have updated the delivery address on your account. Anything else I can do?',
  'Hi {first}, the duplicate charge has been refunded. It can take 3-5 days to show on your statement. {agent}',
  'Thanks {first}, we have sent a fresh password reset link to your email address.',
] as const;

export const SUPPORT_AGENTS = [
  'Alex',
  'Jamie',
  'Priyanka',
  'Tomás',
  'Chen',
  'Fatima',
  'Oskar',
  'Grace',
] as const;

export const REVIEW_TITLES = [
  'Exactly as described',
  'Great value',
  'Not what I expected',
  'Would buy again',
  'Broke after a month',
  'Perfect gift',
  'Decent, but pricey',
  'Five stars from {city}',
] as const;

export const REVIEW_BODIES = [
  'The {product} arrived quickly and works well. Happy with it.',
  'Bought the {product} for my partner, who loves it. Packaging could use less plastic.',
  'Quality is fine for the price, though the colour is darker than the photos.',
  'Stopped working after a few weeks. Support replaced it without fuss, so three stars.',
  'I use the {product} every day. Sturdy and easy to clean.',
  'Runs small, order a size up. Otherwise great.',
] as const;

export const COMMENT_BODIES = [
  'Does the {product} come with a warranty?',
  'Great article, I tried this at home in {city} and it worked.',
  'Will this ship to {city} before the holidays?',
  'Mine has lasted three years so far. Recommended.',
  'Is there a bigger size of the {product}?',
  'Thanks for the tips, {shop} team!',
] as const;

export const FEEDBACK_SURVEYS = [
  'post_purchase_2024',
  'nps_q1_2025',
  'delivery_experience',
  'site_usability',
] as const;

export const FEEDBACK_BODIES = [
  'Checkout was quick, but the delivery options were confusing.',
  'Courier left the parcel with a neighbour without telling me.',
  'Love the shop, the search could be better.',
  'Too many marketing emails.',
  'Everything was perfect, thank you!',
  'The app logged me out twice during checkout.',
] as const;

export const PROFILE_BIOS = [
  'Weekend hiker and home cook.',
  'Design student in {city}.',
  'Collecting vintage kitchenware since 2009.',
  'Dad of two, always looking for sturdy toys.',
  'I review everything I buy. Honestly.',
] as const;

export const INTERESTS = [
  'cooking',
  'outdoors',
  'fitness',
  'home office',
  'gardening',
  'gaming',
  'travel',
  'photography',
  'fashion',
  'music',
  'kids & family',
  'pets',
  'DIY',
  'books',
] as const;

/** The special free text of the `text-escapes` fixture person: every COPY escape at once. */
export const ESCAPE_FIXTURE_MESSAGES = [
  'Hello,\r\nthe invoice I saved to C:\\Users\\noor\\Downloads\\invoice {order}.pdf is blank.\r\nOrder\tQty\tPrice\r\n{order}\t1\t€24.99\r\nThanks,\r\nNoor',
  'Hi Noor,\nplease try the copy on \\\\files\\invoices\\{order} (tab-separated list:\tA\tB).\nA lone backslash at the end \\',
] as const;
