import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '@rightsdesk/domain';
import { PolicySetting, appendAdminEvent } from '@rightsdesk/persistence';
import {
  POLICY_SECTIONS,
  type EffectivePolicy,
  type PolicyOverrides,
  type PolicySection,
  type PolicySectionValues,
  effectivePolicy,
  policySectionSchemas,
} from './policy-settings';

/** How long a process trusts its copy of the policy: a change elsewhere shows within this. */
export const POLICY_CACHE_MS = 3_000;

/**
 * Policy settings: the environment's defaults, overridden per section by what an admin saved.
 * Every use reads the policy through here, so a change takes effect in the api and the worker
 * within POLICY_CACHE_MS, without a restart. Writes are validated, audited, and seen at once by
 * the process that made them.
 */
/** The environment's policy, before any admin override (policyDefaults of the configuration). */
export const POLICY_DEFAULTS = Symbol('POLICY_DEFAULTS');

@Injectable()
export class PolicySettingsStore {
  private policy: EffectivePolicy;
  private readAt = 0;
  private pending: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @Inject(POLICY_DEFAULTS) readonly defaults: PolicySectionValues,
  ) {
    this.policy = effectivePolicy(defaults, {});
  }

  /** The policy in force, re-read when this process's copy is older than the cache time. */
  async current(): Promise<EffectivePolicy> {
    if (Date.now() - this.readAt >= POLICY_CACHE_MS) await this.refresh();
    return this.policy;
  }

  /**
   * The policy for synchronous readers (PolicyInForce): the last copy read, kept fresh by the
   * background refresh that start() runs.
   */
  cached(): EffectivePolicy {
    if (Date.now() - this.readAt >= POLICY_CACHE_MS) this.refresh().catch(() => undefined);
    return this.policy;
  }

  /** Keeps the cached copy fresh in the background until stop(). */
  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => void this.refresh().catch(() => undefined), POLICY_CACHE_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  refresh(): Promise<void> {
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /** Saves one section after validating it whole; every problem is named with its path. */
  async update(section: string, input: unknown, actor: string): Promise<EffectivePolicy> {
    const known = sectionOf(section);
    const parsed = policySectionSchemas[known].safeParse(input);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => ({
        path: [known, ...issue.path].join('.'),
        message: issue.message,
      }));
      throw new DomainError(
        'invalid_input',
        `The ${known.replace('_', ' ')} settings are not valid: ${fields
          .map((field) => `${field.path}: ${field.message}`)
          .join('; ')}`,
        fields,
      );
    }
    const before = (await this.current()).values[known] as Record<string, unknown>;
    const after = parsed.data as Record<string, unknown>;
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      await manager
        .getRepository(PolicySetting)
        .upsert({ key: known, value: after, updatedBy: actor }, { conflictPaths: ['key'] });
      await appendAdminEvent(manager, {
        actor,
        action: 'policy.updated',
        data: { section: known, changed: changedKeys(before, after) },
      });
    });
    await this.refresh();
    return this.policy;
  }

  /** Removes a section's override: the environment's defaults apply again. */
  async reset(section: string, actor: string): Promise<EffectivePolicy> {
    const known = sectionOf(section);
    await this.txHost.withTransaction(async () => {
      const manager = this.txHost.tx;
      const { affected } = await manager.getRepository(PolicySetting).delete({ key: known });
      if (affected) {
        await appendAdminEvent(manager, {
          actor,
          action: 'policy.reset',
          data: { section: known },
        });
      }
    });
    await this.refresh();
    return this.policy;
  }

  /** Who last changed each overridden section, and when. */
  async overrideDetails(): Promise<Record<string, { updatedBy: string; updatedAt: Date }>> {
    const rows = await this.txHost.tx.getRepository(PolicySetting).find();
    return Object.fromEntries(
      rows.map((row) => [row.key, { updatedBy: row.updatedBy, updatedAt: row.updatedAt }]),
    );
  }

  private async read(): Promise<void> {
    const rows = await this.txHost.tx.getRepository(PolicySetting).find();
    const overrides: PolicyOverrides = {};
    for (const row of rows) {
      if (!(POLICY_SECTIONS as readonly string[]).includes(row.key)) continue;
      const section = row.key as PolicySection;
      // A row saved under an older schema that no longer fits falls back to the default
      // rather than stopping every request.
      const parsed = policySectionSchemas[section].safeParse(row.value);
      if (parsed.success) Object.assign(overrides, { [section]: parsed.data });
    }
    this.policy = effectivePolicy(this.defaults, overrides);
    this.readAt = Date.now();
  }
}

function sectionOf(section: string): PolicySection {
  if ((POLICY_SECTIONS as readonly string[]).includes(section)) return section as PolicySection;
  throw new DomainError(
    'not_found',
    `There is no policy section "${section}"; the sections are ${POLICY_SECTIONS.join(', ')}.`,
  );
}

/** Each setting whose value changed, from what to what (policy holds no personal data). */
function changedKeys(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  return Object.fromEntries(
    Object.keys(after)
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => [key, { from: before[key] ?? null, to: after[key] }]),
  );
}
