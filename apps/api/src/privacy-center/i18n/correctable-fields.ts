/**
 * Correctable fields the data map names today (`correctable: true`), so each has a label in every
 * language. The form shows whatever the view model lists; a field added to the map later gets a
 * readable fallback until it is given a label here.
 */
export const KNOWN_CORRECTABLE_FIELDS = [
  'first_name',
  'last_name',
  'phone',
  'display_name',
  'date_of_birth',
  'preferred_language',
  'bio',
  'avatar_url',
  'interests',
  'recipient',
  'line1',
  'line2',
  'city',
  'region',
  'postal_code',
  'country',
  'reviewer_name',
] as const;
export type KnownCorrectableField = (typeof KNOWN_CORRECTABLE_FIELDS)[number];
