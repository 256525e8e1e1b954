import { indicatorActuals, indicatorContributions, indicators } from '../../db/schema/index';
import { adminAndCoordinator, everyone, signedInOnly, type Expected, type MatrixRow } from '../../test-support/authorization/matrix';
import type { MatrixWorld } from '../../test-support/authorization/matrix-world';
import { rebuildYearlyValues } from './yearly-rollup';

/**
 * Indicators of the matrix world: one owned by the caller's organization A, one by the foreign
 * organization B whose confirmed figure is a foreign sentinel (a body that shows it to a role
 * that may not see B's private figures fails the matrix).
 */
const fixtures = new WeakMap<MatrixWorld, Promise<{ own: string; foreign: string; program: string }>>();

function indicatorsOf(world: MatrixWorld) {
  let found = fixtures.get(world);
  if (!found) {
    found = (async () => {
      const [own] = await world.db.insert(indicators).values({ code: 'M-ORG-OWN', unit: 'people', level: 'organization', nameEn: 'Own jobs', ownerOrganizationId: world.ownOrganization.id }).returning();
      const [foreign] = await world.db.insert(indicators).values({ code: 'M-ORG-FOREIGN', unit: 'people', level: 'organization', nameEn: 'Foreign jobs', ownerOrganizationId: world.foreignOrganization.id }).returning();
      const [program] = await world.db.insert(indicators).values({ code: 'M-PROGRAM', unit: 'people', level: 'program', nameEn: 'Program' }).returning();
      await world.db.insert(indicatorActuals).values({ indicatorId: foreign!.id, organizationId: world.foreignOrganization.id, year: 2025, value: 7770011, status: 'confirmed' });
      await rebuildYearlyValues(world.db, [foreign!.id]);
      await world.db.insert(indicatorContributions).values({ parentIndicatorId: world.regionalIndicator.id, childIndicatorId: foreign!.id, plans: [] });
      return { own: own!.id, foreign: foreign!.id, program: program!.id };
    })();
    fixtures.set(world, found);
  }
  return found;
}

const reporters = (member: number): Expected => ({ anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member, analyst: 403 });
const campaignReaders: Expected = { anonymous: 401, admin: 200, coordinator: 200, park_manager: 403, member: 403, analyst: 200 };

/** A submitted figure: of the program indicator, or reported by organization A ('own') or B ('foreign') for its own indicator. */
async function submittedActual(world: MatrixWorld, of?: 'own' | 'foreign'): Promise<string> {
  const ids = await indicatorsOf(world);
  const year = 2000 + Math.floor(Math.random() * 90);
  const organizationId = of === 'own' ? world.ownOrganization.id : of === 'foreign' ? world.foreignOrganization.id : null;
  const [row] = await world.db.insert(indicatorActuals).values({
    indicatorId: of ? ids[of] : ids.program, organizationId, year, periodKind: 'quarter', periodIndex: 1 + Math.floor(Math.random() * 4), value: 5, status: 'submitted',
  }).onConflictDoNothing().returning();
  return row ? row.id : submittedActual(world, of);
}

export const indicatorsMatrix: MatrixRow[] = [
  { route: 'GET /api/indicators', cases: [{ scope: 'any', request: async (w) => { await indicatorsOf(w); return { method: 'GET', url: '/api/indicators?pageSize=200' }; }, expect: everyone(200) }] },
  {
    route: 'GET /api/indicators/:id',
    cases: [
      { scope: 'any', request: (w) => ({ method: 'GET', url: `/api/indicators/${w.regionalIndicator.id}` }), expect: everyone(200) },
      { scope: 'any', request: (w) => ({ method: 'GET', url: `/api/indicators/${w.projectIndicator.id}` }), expect: { ...signedInOnly(200), anonymous: 404 } },
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/indicators/${(await indicatorsOf(w)).foreign}` }), expect: { ...signedInOnly(200), anonymous: 404 } },
    ],
  },
  {
    route: 'GET /api/indicators/:id/actuals/export',
    cases: [
      { scope: 'any', request: (w) => ({ method: 'GET', url: `/api/indicators/${w.regionalIndicator.id}/actuals/export` }), expect: everyone(200) },
      // B's own figure goes only to those who may see it (the file is zipped, so the route test reads it).
      { scope: 'foreign', request: async (w) => ({ method: 'GET', url: `/api/indicators/${(await indicatorsOf(w)).foreign}/actuals/export` }), expect: { ...signedInOnly(200), anonymous: 404 } },
    ],
  },
  { route: 'GET /api/indicators/strategic', cases: [{ scope: 'any', request: async (w) => { await indicatorsOf(w); return { method: 'GET', url: '/api/indicators/strategic' }; }, expect: signedInOnly(200) }] },
  { route: 'GET /api/indicators/strategic/export', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/indicators/strategic/export' }), expect: signedInOnly(200) }] },
  {
    route: 'POST /api/indicators',
    cases: [{ scope: 'any', request: (_w, role) => ({ method: 'POST', url: '/api/indicators', payload: { code: `M-NEW-${role}`, name: { en: 'New' }, unit: 'pieces', level: 'program' } }), expect: adminAndCoordinator(201) }],
  },
  {
    route: 'PATCH /api/indicators/:id',
    cases: [{ scope: 'any', request: async (w) => ({ method: 'PATCH', url: `/api/indicators/${(await indicatorsOf(w)).program}`, payload: { responsible: 'Office' } }), expect: adminAndCoordinator(200) }],
  },
  {
    route: 'POST /api/indicators/:id/contributions',
    cases: [{ scope: 'any', request: async (w) => ({ method: 'POST', url: `/api/indicators/${w.regionalIndicator.id}/contributions`, payload: { childIndicatorId: (await indicatorsOf(w)).program, plans: [{ year: 2030, value: 10 }] } }), expect: adminAndCoordinator(200) }],
  },
  {
    route: 'DELETE /api/indicator-contributions/:id',
    cases: [{
      scope: 'any',
      request: async (w) => {
        const [child] = await w.db.insert(indicators).values({ code: `M-CHILD-${Math.random().toString(36).slice(2)}`, unit: 'people', level: 'project' }).returning();
        const [link] = await w.db.insert(indicatorContributions).values({ parentIndicatorId: w.regionalIndicator.id, childIndicatorId: child!.id }).returning();
        return { method: 'DELETE', url: `/api/indicator-contributions/${link!.id}` };
      },
      expect: { ...adminAndCoordinator(204) },
    }],
  },
  {
    route: 'POST /api/indicators/:id/actuals',
    cases: [
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/indicators/${(await indicatorsOf(w)).own}/actuals`, payload: { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: w.ownOrganization.id, value: 12 } }), expect: reporters(200) },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/indicators/${(await indicatorsOf(w)).foreign}/actuals`, payload: { year: 2026, periodKind: 'quarter', periodIndex: 3, organizationId: w.foreignOrganization.id, value: 12 } }), expect: reporters(403) },
    ],
  },
  {
    route: 'POST /api/indicator-actuals/:id/confirm',
    cases: [
      { scope: 'any', request: async (w) => ({ method: 'POST', url: `/api/indicator-actuals/${await submittedActual(w)}/confirm` }), expect: adminAndCoordinator(200) },
      // A park manager confirms the figures of their park's members, and no others.
      { scope: 'own', request: async (w) => ({ method: 'POST', url: `/api/indicator-actuals/${await submittedActual(w, 'own')}/confirm` }), expect: { ...adminAndCoordinator(200), park_manager: 200 } },
      { scope: 'foreign', request: async (w) => ({ method: 'POST', url: `/api/indicator-actuals/${await submittedActual(w, 'foreign')}/confirm` }), expect: adminAndCoordinator(200) },
    ],
  },
  {
    route: 'POST /api/indicator-actuals/import',
    cases: [{
      scope: 'own',
      request: async (w) => {
        await indicatorsOf(w);
        return { method: 'POST', url: '/api/indicator-actuals/import?dryRun=true', payload: `indicator_code,organization_inn,year,period_kind,period_index,value\r\nM-ORG-OWN,${w.ownOrganization.id},2026,quarter,2,7\r\n`, headers: { 'content-type': 'text/csv' } };
      },
      expect: signedInOnly(200),
    }],
  },
  { route: 'GET /api/reporting/campaigns', cases: [{ scope: 'any', request: () => ({ method: 'GET', url: '/api/reporting/campaigns' }), expect: campaignReaders }] },
  {
    route: 'POST /api/reporting/campaigns',
    cases: [{
      scope: 'any',
      request: async (w) => ({ method: 'POST', url: '/api/reporting/campaigns', payload: { title: 'Q3', year: 2026, periodKind: 'quarter', periodIndex: 3, dueOn: '2026-10-31', indicatorIds: [(await indicatorsOf(w)).program], organizationIds: [w.ownOrganization.id] } }),
      expect: { ...adminAndCoordinator(201) },
    }],
  },
  {
    route: 'PATCH /api/reporting/campaigns/:id',
    cases: [{
      scope: 'any',
      request: async (w) => {
        const admin = await w.clientFor('admin');
        const created = await admin.post('/api/reporting/campaigns', { title: 'To close', year: 2026, periodKind: 'year', dueOn: '2027-01-31', indicatorIds: [(await indicatorsOf(w)).program], organizationIds: [w.ownOrganization.id] });
        return { method: 'PATCH', url: `/api/reporting/campaigns/${created.json().id}`, payload: { status: 'closed' } };
      },
      expect: adminAndCoordinator(200),
    }],
  },
  {
    route: 'GET /api/reporting/campaigns/:id',
    cases: [{
      scope: 'any',
      request: async (w) => {
        const admin = await w.clientFor('admin');
        const created = await admin.post('/api/reporting/campaigns', { title: 'Detail', year: 2026, periodKind: 'year', dueOn: '2027-01-31', indicatorIds: [(await indicatorsOf(w)).foreign], organizationIds: [w.foreignOrganization.id] });
        return { method: 'GET', url: `/api/reporting/campaigns/${created.json().id}` };
      },
      expect: adminAndCoordinator(200),
    }],
  },
  { route: 'GET /api/reporting/obligations', cases: [{ scope: 'own', request: () => ({ method: 'GET', url: '/api/reporting/obligations' }), expect: signedInOnly(200) }] },
];
