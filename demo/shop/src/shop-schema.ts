/**
 * The demo shop's own database: it stands for the company's systems that Rightsdesk fulfils
 * requests across. Every personal-data category that the company's privacy policy names has a
 * home here (see data-map/shop.v1.yaml for the category of every column).
 *
 * Rules the schema keeps:
 * - Every foreign key column is indexed, so following the data map from a person to their rows
 *   costs index lookups only.
 * - Email look-ups are case-insensitive through expression indexes on lower(email).
 * - Payments hold a processor token, the card brand and the last 4 digits, never a card number
 *   (PCI DSS 3.3.1, 3.4.1). A CHECK keeps card_last4 at exactly four digits.
 */
export const SHOP_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS products (
  id            bigserial PRIMARY KEY,
  sku           text NOT NULL UNIQUE,
  name          text NOT NULL,
  category      text NOT NULL,
  price_cents   integer NOT NULL CHECK (price_cents >= 0)
);

CREATE TABLE IF NOT EXISTS customers (
  id              bigserial PRIMARY KEY,
  login           text NOT NULL UNIQUE,
  email           text NOT NULL,
  password_hash   text NOT NULL,
  first_name      text NOT NULL,
  last_name       text NOT NULL,
  phone           text,
  created_at      timestamptz NOT NULL,
  last_login_at   timestamptz
);
CREATE UNIQUE INDEX IF NOT EXISTS customers_email_lower_idx ON customers (lower(email));

CREATE TABLE IF NOT EXISTS customer_profiles (
  customer_id         bigint PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
  display_name        text,
  date_of_birth       date,
  preferred_language  text NOT NULL DEFAULT 'en',
  bio                 text,
  avatar_url          text,
  interests           text[] NOT NULL DEFAULT '{}',
  updated_at          timestamptz NOT NULL
);

CREATE TABLE IF NOT EXISTS addresses (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  kind          text NOT NULL CHECK (kind IN ('shipping', 'billing', 'home')),
  recipient     text NOT NULL,
  line1         text NOT NULL,
  line2         text,
  city          text NOT NULL,
  region        text,
  postal_code   text NOT NULL,
  country       char(2) NOT NULL,
  is_default    boolean NOT NULL DEFAULT false,
  created_at    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS addresses_customer_id_idx ON addresses (customer_id);

-- Purchase history. Orders keep a snapshot of the shipping address, as invoices must.
CREATE TABLE IF NOT EXISTS orders (
  id                 bigserial PRIMARY KEY,
  order_number       text NOT NULL UNIQUE,
  customer_id        bigint NOT NULL REFERENCES customers(id),
  placed_at          timestamptz NOT NULL,
  status             text NOT NULL CHECK (status IN ('placed', 'shipped', 'delivered', 'cancelled', 'refunded')),
  currency           char(3) NOT NULL,
  total_cents        integer NOT NULL,
  ship_name          text NOT NULL,
  ship_line1         text NOT NULL,
  ship_city          text NOT NULL,
  ship_postal_code   text NOT NULL,
  ship_country       char(2) NOT NULL
);
CREATE INDEX IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);

CREATE TABLE IF NOT EXISTS order_items (
  id                bigserial PRIMARY KEY,
  order_id          bigint NOT NULL REFERENCES orders(id),
  product_id        bigint NOT NULL REFERENCES products(id),
  quantity          integer NOT NULL CHECK (quantity > 0),
  unit_price_cents  integer NOT NULL
);
CREATE INDEX IF NOT EXISTS order_items_order_id_idx ON order_items (order_id);
CREATE INDEX IF NOT EXISTS order_items_product_id_idx ON order_items (product_id);

CREATE TABLE IF NOT EXISTS payments (
  id                 bigserial PRIMARY KEY,
  order_id           bigint NOT NULL REFERENCES orders(id),
  customer_id        bigint NOT NULL REFERENCES customers(id),
  processor          text NOT NULL,
  processor_token    text NOT NULL,
  card_brand         text NOT NULL,
  card_last4         char(4) NOT NULL CHECK (card_last4 ~ '^[0-9]{4}$'),
  card_exp_month     smallint NOT NULL CHECK (card_exp_month BETWEEN 1 AND 12),
  card_exp_year      smallint NOT NULL,
  amount_cents       integer NOT NULL,
  paid_at            timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS payments_order_id_idx ON payments (order_id);
CREATE INDEX IF NOT EXISTS payments_customer_id_idx ON payments (customer_id);

-- Communications: support conversations and the emails the shop sent.
CREATE TABLE IF NOT EXISTS support_messages (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  thread_ref    text NOT NULL,
  channel       text NOT NULL CHECK (channel IN ('email', 'chat', 'phone', 'text', 'postal')),
  direction     text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  subject       text,
  body          text NOT NULL,
  sent_at       timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS support_messages_customer_id_idx ON support_messages (customer_id);

CREATE TABLE IF NOT EXISTS email_log (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  to_address    text NOT NULL,
  template      text NOT NULL,
  subject       text NOT NULL,
  sent_at       timestamptz NOT NULL,
  opened_at     timestamptz
);
CREATE INDEX IF NOT EXISTS email_log_customer_id_idx ON email_log (customer_id);

CREATE TABLE IF NOT EXISTS comments (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  product_id    bigint REFERENCES products(id),
  body          text NOT NULL,
  created_at    timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS comments_customer_id_idx ON comments (customer_id);
CREATE INDEX IF NOT EXISTS comments_product_id_idx ON comments (product_id);

CREATE TABLE IF NOT EXISTS feedback (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  survey        text NOT NULL,
  rating        smallint CHECK (rating BETWEEN 1 AND 5),
  body          text,
  submitted_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_customer_id_idx ON feedback (customer_id);

CREATE TABLE IF NOT EXISTS product_reviews (
  id             bigserial PRIMARY KEY,
  customer_id    bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  product_id     bigint NOT NULL REFERENCES products(id),
  reviewer_name  text NOT NULL,
  rating         smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
  title          text,
  body           text,
  created_at     timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS product_reviews_customer_id_idx ON product_reviews (customer_id);
CREATE INDEX IF NOT EXISTS product_reviews_product_id_idx ON product_reviews (product_id);

-- Recommendations are inferences the shop made about a person.
CREATE TABLE IF NOT EXISTS recommendations (
  id            bigserial PRIMARY KEY,
  customer_id   bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  product_id    bigint NOT NULL REFERENCES products(id),
  score         real NOT NULL,
  reason        text NOT NULL,
  generated_at  timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS recommendations_customer_id_idx ON recommendations (customer_id);
CREATE INDEX IF NOT EXISTS recommendations_product_id_idx ON recommendations (product_id);

-- Mailing-list sign-ups may come from people without an account: they link by email.
CREATE TABLE IF NOT EXISTS marketing_subscriptions (
  id               bigserial PRIMARY KEY,
  customer_id      bigint REFERENCES customers(id) ON DELETE SET NULL,
  email            text NOT NULL,
  list_name        text NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('email', 'sms', 'postal')),
  status           text NOT NULL CHECK (status IN ('subscribed', 'unsubscribed')),
  subscribed_at    timestamptz NOT NULL,
  unsubscribed_at  timestamptz
);
CREATE INDEX IF NOT EXISTS marketing_subscriptions_customer_id_idx ON marketing_subscriptions (customer_id);
CREATE INDEX IF NOT EXISTS marketing_subscriptions_email_lower_idx ON marketing_subscriptions (lower(email));

CREATE TABLE IF NOT EXISTS consents (
  id              bigserial PRIMARY KEY,
  customer_id     bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  purpose         text NOT NULL CHECK (purpose IN ('marketing_email', 'marketing_sms', 'personalization', 'analytics', 'third_party_sharing')),
  granted         boolean NOT NULL,
  granted_at      timestamptz NOT NULL,
  withdrawn_at    timestamptz,
  source          text NOT NULL,
  policy_version  text NOT NULL
);
CREATE INDEX IF NOT EXISTS consents_customer_id_idx ON consents (customer_id);

-- Consent history, append-only: each consent's events in order. A consent row holds its state;
-- this keeps how it got there (a repeated withdrawal is noted here, never over the first time).
CREATE TABLE IF NOT EXISTS consent_events (
  id           bigserial PRIMARY KEY,
  consent_id   bigint NOT NULL REFERENCES consents(id) ON DELETE CASCADE,
  event        text NOT NULL CHECK (event IN ('granted', 'refused', 'withdrawn', 'already_withdrawn')),
  occurred_at  timestamptz NOT NULL,
  source       text NOT NULL
);
CREATE INDEX IF NOT EXISTS consent_events_consent_id_idx ON consent_events (consent_id);

CREATE TABLE IF NOT EXISTS cookie_preferences (
  id               bigserial PRIMARY KEY,
  customer_id      bigint NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
  visitor_id       uuid NOT NULL,
  essential        boolean NOT NULL DEFAULT true,
  analytics        boolean NOT NULL,
  marketing        boolean NOT NULL,
  personalization  boolean NOT NULL,
  updated_at       timestamptz NOT NULL
);
CREATE INDEX IF NOT EXISTS cookie_preferences_customer_id_idx ON cookie_preferences (customer_id);
`;

/** Tables in an order that respects foreign keys (parents first), for truncation and seeding. */
export const SHOP_TABLES = [
  'products',
  'customers',
  'customer_profiles',
  'addresses',
  'orders',
  'order_items',
  'payments',
  'support_messages',
  'email_log',
  'comments',
  'feedback',
  'product_reviews',
  'recommendations',
  'marketing_subscriptions',
  'consents',
  'consent_events',
  'cookie_preferences',
] as const;

/**
 * The demo's second database, analytics: sessions and page views kept apart from the shop, as
 * analytics stores often are. Rows belong to a person through the shop's customer id.
 */
export const ANALYTICS_SCHEMA_SQL = `
-- Connection and session information (policy: IP address, computer and connection information,
-- page response times, length of visits, page interaction information, methods used to browse away).
CREATE TABLE IF NOT EXISTS sessions (
  id                    bigserial PRIMARY KEY,
  -- The shop's customers.id: no foreign key can reach another database.
  customer_id           bigint NOT NULL,
  ip_address            inet NOT NULL,
  user_agent            text NOT NULL,
  started_at            timestamptz NOT NULL,
  ended_at              timestamptz,
  visit_length_seconds  integer,
  exit_method           text CHECK (exit_method IN ('navigated_away', 'closed_tab', 'timeout', 'external_link', 'logout'))
);
CREATE INDEX IF NOT EXISTS sessions_customer_id_idx ON sessions (customer_id);

CREATE TABLE IF NOT EXISTS page_views (
  id                bigserial PRIMARY KEY,
  session_id        bigint NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
  url               text NOT NULL,
  viewed_at         timestamptz NOT NULL,
  response_time_ms  integer NOT NULL,
  time_on_page_ms   integer,
  scroll_depth_pct  smallint,
  clicks            smallint NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS page_views_session_id_idx ON page_views (session_id);
`;

/** The analytics database's tables, parents first. */
export const ANALYTICS_TABLES = ['sessions', 'page_views'] as const;

/** Every table the seeder fills, in either database. */
export const SEEDED_TABLES = [...SHOP_TABLES, ...ANALYTICS_TABLES] as const;
