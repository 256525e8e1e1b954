/**
 * The dashboard feature assembles the coordinator's first screen from the other features'
 * services: strategic targets, agreements, the size of the registry.
 */
import type { Dashboard } from '../../../shared/contracts/dashboard';
import type { RequestContext } from '../../lib/actor';
import { authorize } from '../../lib/authorization';
import type { AgreementsService } from '../agreements/agreements.service';
import type { EcosystemsService } from '../ecosystems/ecosystems.service';
import type { IndicatorsService } from '../indicators/indicators.service';
import type { RegistryService } from '../registry/registry.service';

type Dependencies = { agreements: AgreementsService; indicators: IndicatorsService; registry: RegistryService; ecosystems: EcosystemsService };

export function createDashboardService({ agreements, indicators, registry, ecosystems }: Dependencies) {
  return {
    async get(context: RequestContext): Promise<Dashboard> {
      // Every signed-in role has a dashboard; what it shows is filtered by each feature's own policy.
      authorize(context.actor, context.actor.kind === 'user');
      const [agreementPage, activeAgreementCount, targets, organizations, ecosystemList] = await Promise.all([
        agreements.list({ page: 1, pageSize: 5, sort: '-signedOn' }, context),
        agreements.countActive(context),
        indicators.list({ page: 1, pageSize: 20, level: 'regional' }, context),
        registry.listOrganizations({ page: 1, pageSize: 1 }, context),
        ecosystems.list(context),
      ]);
      return {
        agreements: agreementPage.items,
        activeAgreementCount,
        strategicTargets: targets.items,
        organizationCount: organizations.total,
        ecosystemCount: ecosystemList.items.length,
      };
    },
  };
}

export type DashboardService = ReturnType<typeof createDashboardService>;
