/**
 * The fixed vocabulary of personal-data categories a data-map field may carry. It covers every
 * category the company's privacy policy names (the `policy` text quotes the policy's own words),
 * so an access response can list categories in the words people were told (GDPR Art. 15(1)(b);
 * Civ. Code 1798.110(a)(1)). `none` marks columns that are not personal data on their own
 * (surrogate keys of other tables, product ids, statuses, amounts shown elsewhere).
 */
export const DATA_CATEGORIES = {
  none: { label: 'Not personal data on its own', policy: null },
  identifiers: {
    label: 'Identifiers (account, order and visitor numbers)',
    policy: 'personally identifiable information',
  },
  name: { label: 'Name', policy: 'name' },
  email: { label: 'Email address', policy: 'e-mail address' },
  login: { label: 'Login (user name)', policy: 'login' },
  password: { label: 'Password (stored only as a hash)', policy: 'password' },
  postal_address: { label: 'Postal address', policy: 'address' },
  phone: { label: 'Telephone number', policy: 'telephone, text messages' },
  account_activity: { label: 'Account activity (sign-up and sign-in times)', policy: null },
  ip_address: { label: 'IP address', policy: 'Internet protocol (IP) address' },
  connection_info: {
    label: 'Computer and connection information (browser, device)',
    policy: 'computer and connection information',
  },
  session_activity: {
    label: 'Session information (visits, pages viewed)',
    policy: 'session information',
  },
  page_response_times: { label: 'Page response times', policy: 'page response times' },
  visit_length: {
    label: 'Length of visits to pages',
    policy: 'length of visits to certain pages',
  },
  page_interactions: {
    label: 'Page interaction information (scrolling, clicks)',
    policy: 'page interaction information',
  },
  exit_method: {
    label: 'How you left a page',
    policy: 'methods used to browse away from the page',
  },
  purchase_history: { label: 'Purchase history', policy: 'purchase history' },
  payment_details: {
    label: 'Payment details (card brand, last 4 digits, expiry; never the full number)',
    policy: 'payment details (including credit card information)',
  },
  communications: { label: 'Communications (support messages, emails)', policy: 'communications' },
  comments: { label: 'Comments', policy: 'comments' },
  feedback: { label: 'Feedback and survey answers', policy: 'feedback' },
  product_reviews: { label: 'Product reviews', policy: 'product reviews' },
  recommendations: {
    label: 'Recommendations (inferences about your interests)',
    policy: 'recommendations',
  },
  profile: { label: 'Personal profile', policy: 'personal profile' },
  marketing_subscriptions: {
    label: 'Mailing-list subscriptions',
    policy: 'subscription to our mailing list',
  },
  consents: { label: 'Consents given and withdrawn', policy: 'withdrawing consent' },
  cookie_preferences: {
    label: 'Cookie preferences and settings',
    policy: 'member preferences and settings',
  },
} as const satisfies Record<string, { label: string; policy: string | null }>;

export type DataCategory = keyof typeof DATA_CATEGORIES;

export const DATA_CATEGORY_NAMES = Object.keys(DATA_CATEGORIES) as [
  DataCategory,
  ...DataCategory[],
];
