import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ComplianceRule, DEFAULT_COMPLIANCE_RULES } from '@wb/contracts';
import { ComplianceRuleEntity } from './compliance-rule.entity';

/** The 三会一课 rules in force: an admin's, or the 条例's defaults when none are stored. */
@Injectable()
export class ComplianceRulesStore {
  async rules(manager: EntityManager): Promise<ComplianceRule[]> {
    const stored = await manager.getRepository(ComplianceRuleEntity).find({ order: { id: 'ASC' } });
    if (stored.length === 0) return DEFAULT_COMPLIANCE_RULES.map((rule) => ({ ...rule }));
    return stored.map(({ category, frequency, required, orgTypes, source }) => ({ category, frequency, required, orgTypes, source }));
  }

  /** Replaces the rules as a whole. */
  async replace(manager: EntityManager, rules: ComplianceRule[]): Promise<void> {
    await manager.createQueryBuilder().delete().from(ComplianceRuleEntity).execute();
    if (rules.length) await manager.insert(ComplianceRuleEntity, rules);
  }
}
