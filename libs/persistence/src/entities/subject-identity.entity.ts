import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Postal address as the person gave it; one shape for forms, letters and matching. */
export interface PostalAddress {
  name?: string;
  line1: string;
  line2?: string;
  city: string;
  region?: string;
  postalCode: string;
  country: string;
}

/**
 * Who a request is about, as they described themselves. Personal data lives here (and in
 * correspondence) only, so retention can purge it while the request log stays.
 */
@Entity({ name: 'subject_identities' })
@Check('subject_identities_reachable_check', `"email" IS NOT NULL OR "postal_address" IS NOT NULL`)
export class SubjectIdentity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /**
   * Lower-cased at intake; indexed to find a person's other requests (duplicates). Null for a
   * person who wrote or called without one: they are reached at their postal address.
   */
  @Index('subject_identities_email_idx')
  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ name: 'postal_address', type: 'jsonb', nullable: true })
  postalAddress: PostalAddress | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
