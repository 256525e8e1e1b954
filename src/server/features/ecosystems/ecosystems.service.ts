/**
 * The ecosystems feature owns parks, clusters and networks as ecosystems: their registers of
 * members (applicants, residents, former residents, with history), the figures of those
 * registers, and who may keep them. An ecosystem is an organization of an ecosystem kind; the
 * organization itself belongs to the registry.
 */
import type { CreateMembershipInput, EcosystemDetail, Membership, UpdateMembershipInput } from '../../../shared/contracts/ecosystems';
import { isEcosystemKind } from '../../../shared/domain';
import { isResidentType } from '../../../shared/resident-types';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit, recordAuditMany } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { toCsv, toXlsx } from '../../lib/spreadsheet';
import { toOrganizationSummary } from '../registry/registry.mappers';
import { buildTimeline, summarizeToday } from './ecosystem-stats';
import { canManageMemberships, canReadPrivateFigures, organizationReadScope, type OrganizationReadScope } from './ecosystems.policy';
import { membersTable } from './member-export';
import { checkMembershipDates, checkNoOverlap, checkStatusChange } from './membership-rules';
import * as repo from './ecosystems.repo';

type Dependencies = { db: Database; clock: Clock };

/** The largest register an export writes, the same ceiling as the organizations export. */
export const memberExportRowLimit = 100_000;

export function toMembership(row: repo.MembershipRow): Membership {
  return {
    id: row.id,
    ecosystemId: row.ecosystemId,
    organizationId: row.organizationId,
    status: row.status as Membership['status'],
    residentType: row.residentType as Membership['residentType'],
    dateFrom: row.dateFrom,
    dateTo: row.dateTo,
    registrationNumber: row.registrationNumber,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An ecosystem the caller may see: 404 when hidden or unknown, NOT_AN_ECOSYSTEM for a company or university. */
export async function requireEcosystem(executor: Executor, scope: OrganizationReadScope, id: string) {
  const row = await repo.findVisibleOrganization(executor, scope, id);
  if (!row) throw notFound('ecosystem', id);
  if (!isEcosystemKind(row.kind)) throw new AppError('NOT_AN_ECOSYSTEM', { id });
  return row;
}

/** The contract checks the vocabulary at the door; this holds it for every other caller (imports). */
function checkResidentType(residentType: string | null | undefined) {
  if (residentType && !isResidentType(residentType)) throw new AppError('UNKNOWN_RESIDENT_TYPE', { residentType });
}

/** A current entry's number must be unique among the ecosystem's current members; former ones keep theirs. */
async function checkRegistrationNumber(executor: Executor, entry: Omit<repo.MembershipRow, 'id' | 'createdAt' | 'updatedAt'> & { id?: string }) {
  if (entry.status === 'former' || !entry.registrationNumber) return;
  const holder = await repo.findCurrentHolderOfRegistrationNumber(executor, entry.ecosystemId, entry.registrationNumber, entry.id);
  if (holder) throw new AppError('REGISTRATION_NUMBER_TAKEN', { registrationNumber: entry.registrationNumber });
}

/**
 * Admits an organization to an ecosystem inside the caller's transaction (the membership API and
 * spreadsheet imports both use it); the caller has checked canManageMemberships.
 */
export async function admitMember(tx: Executor, ecosystemId: string, input: CreateMembershipInput, context: RequestContext): Promise<Membership> {
  const scope = organizationReadScope(context.actor);
  await requireEcosystem(tx, scope, ecosystemId);
  if (input.organizationId === ecosystemId) throw new AppError('MEMBERSHIP_OF_ITSELF');
  // Only an organization the caller can already see: admitting it must not be a way to reach a hidden one.
  if (!(await repo.findVisibleOrganization(tx, scope, input.organizationId))) throw notFound('organization', input.organizationId);
  const entry = {
    ecosystemId,
    organizationId: input.organizationId,
    status: input.status,
    dateFrom: input.dateFrom,
    dateTo: input.dateTo ?? null,
    residentType: input.residentType ?? null,
    registrationNumber: input.registrationNumber ?? null,
  };
  checkResidentType(entry.residentType);
  checkMembershipDates(entry);
  checkNoOverlap(entry, await repo.listMembershipsOfPair(tx, ecosystemId, input.organizationId));
  await checkRegistrationNumber(tx, entry);
  const row = await repo.insertMembership(tx, entry);
  await recordAudit(tx, context, { action: 'create', entityType: 'ecosystem_membership', entityId: row.id, after: toMembership(row) });
  return toMembership(row);
}

/**
 * Admits many organizations at once (a spreadsheet import) with the same rules as admitMember:
 * the ecosystem, visibility, dates, overlaps (with the register and within the batch) and
 * registration numbers are checked for all entries first, then written with multi-row INSERTs.
 * The caller has checked canManageMemberships.
 */
export async function admitMembers(tx: Executor, ecosystemId: string, inputs: CreateMembershipInput[], context: RequestContext): Promise<Membership[]> {
  if (inputs.length === 0) return [];
  const scope = organizationReadScope(context.actor);
  await requireEcosystem(tx, scope, ecosystemId);
  const organizationIds = [...new Set(inputs.map((input) => input.organizationId))];
  const visible = await repo.findVisibleOrganizationIds(tx, scope, organizationIds);
  const periodsOf = new Map<string, { id?: string; status: string; dateFrom: string | null; dateTo: string | null }[]>();
  for (const row of await repo.listMembershipsOfOrganizationsIn(tx, ecosystemId, organizationIds)) periodsOf.set(row.organizationId, [...(periodsOf.get(row.organizationId) ?? []), row]);
  const wantedNumbers = inputs.filter((input) => input.status !== 'former' && input.registrationNumber).map((input) => input.registrationNumber!);
  const takenNumbers = await repo.findCurrentlyHeldRegistrationNumbers(tx, ecosystemId, [...new Set(wantedNumbers)]);

  const entries = inputs.map((input) => {
    if (input.organizationId === ecosystemId) throw new AppError('MEMBERSHIP_OF_ITSELF');
    if (!visible.has(input.organizationId)) throw notFound('organization', input.organizationId);
    const entry = {
      ecosystemId, organizationId: input.organizationId, status: input.status, dateFrom: input.dateFrom, dateTo: input.dateTo ?? null,
      residentType: input.residentType ?? null, registrationNumber: input.registrationNumber ?? null,
    };
    checkResidentType(entry.residentType);
    checkMembershipDates(entry);
    const periods = periodsOf.get(entry.organizationId) ?? [];
    checkNoOverlap(entry, periods);
    periodsOf.set(entry.organizationId, [...periods, entry]);
    if (entry.status !== 'former' && entry.registrationNumber) {
      if (takenNumbers.has(entry.registrationNumber)) throw new AppError('REGISTRATION_NUMBER_TAKEN', { registrationNumber: entry.registrationNumber });
      takenNumbers.add(entry.registrationNumber);
    }
    return entry;
  });
  const memberships = (await repo.insertMemberships(tx, entries)).map(toMembership);
  await recordAuditMany(tx, context, memberships.map((after) => ({ action: 'create', entityType: 'ecosystem_membership', entityId: after.id, after })));
  return memberships;
}

/** Which of these organizations are current (not former, not ended) members of the ecosystem. */
export async function findCurrentMemberIds(tx: Executor, ecosystemId: string, organizationIds: string[], today: string): Promise<Set<string>> {
  const entries = await repo.listMembershipsOfOrganizationsIn(tx, ecosystemId, organizationIds);
  return new Set(entries.filter((entry) => entry.status !== 'former' && (!entry.dateTo || entry.dateTo > today)).map((entry) => entry.organizationId));
}

export function createEcosystemsService({ db, clock }: Dependencies) {
  const today = () => clock.now().toISOString().slice(0, 10);

  /** Whether the caller reads each listed organization's private figures (decided by all its ecosystems). */
  async function figuresReader(rows: { organization: { id: string } }[], context: RequestContext) {
    const ecosystemsOf = new Map<string, string[]>();
    for (const link of await repo.listEcosystemIdsOfOrganizations(db, [...new Set(rows.map((r) => r.organization.id))])) {
      ecosystemsOf.set(link.organizationId, [...(ecosystemsOf.get(link.organizationId) ?? []), link.ecosystemId]);
    }
    return (organizationId: string) => canReadPrivateFigures(context.actor, organizationId, ecosystemsOf.get(organizationId) ?? []);
  }

  async function requireManagedMembership(executor: Executor, id: string, context: RequestContext) {
    const row = await repo.findMembership(executor, id);
    if (!row) throw notFound('membership', id);
    authorize(context.actor, canManageMemberships(context.actor, row.ecosystemId));
    return row;
  }

  return {
    async list(context: RequestContext) {
      const rows = await repo.listEcosystems(db, organizationReadScope(context.actor));
      return {
        items: rows.map((r) => ({ ...toOrganizationSummary(r.organization), kind: r.organization.kind as never, residentCount: r.residentCount })),
      };
    },

    async get(id: string, context: RequestContext): Promise<EcosystemDetail> {
      const row = await requireEcosystem(db, organizationReadScope(context.actor), id);
      const history = await repo.listMembershipHistory(db, id);
      const { byStatus, byCountry, residentIds } = summarizeToday(history, today());
      const directionRows = await repo.listTopDirectionsOfOrganizations(db, residentIds);
      const directionCounts = new Map<string, { direction: (typeof directionRows)[number]['direction']; count: number }>();
      for (const { direction } of directionRows) {
        const known = directionCounts.get(direction.id) ?? { direction, count: 0 };
        known.count += 1;
        directionCounts.set(direction.id, known);
      }
      return {
        ...toOrganizationSummary(row),
        kind: row.kind as EcosystemDetail['kind'],
        residentCount: byStatus.resident,
        website: row.website,
        description: { ru: row.descriptionRu, en: row.descriptionEn, zh: row.descriptionZh },
        canManageMemberships: canManageMemberships(context.actor, id),
        stats: {
          byStatus,
          byCountry,
          byDirection: [...directionCounts.values()]
            .sort((a, b) => b.count - a.count || a.direction.sortOrder - b.direction.sortOrder)
            .map(({ direction, count }) => ({ directionId: direction.id, code: direction.code, label: { ru: direction.labelRu, en: direction.labelEn, zh: direction.labelZh }, count })),
          timeline: buildTimeline(history, today()),
        },
      };
    },

    async listMembers(id: string, filter: repo.MemberFilter, context: RequestContext) {
      const scope = organizationReadScope(context.actor);
      await requireEcosystem(db, scope, id);
      const { rows, total } = await repo.listMembers(db, scope, id, filter);
      const mayReadFigures = await figuresReader(rows, context);
      return {
        items: rows.map(({ membership, organization }) => ({
          ...toMembership(membership),
          organization: toOrganizationSummary(organization),
          privateFigures: mayReadFigures(organization.id)
            ? { headcount: organization.headcount, revenueRub: organization.revenueRub, exportsRub: organization.exportsRub }
            : null,
        })),
        page: filter.page,
        pageSize: filter.pageSize,
        total,
      };
    },

    /** The member list with the same filters and the same field rules, as one CSV or XLSX file. */
    async exportMembers(id: string, filter: Omit<repo.MemberFilter, 'page' | 'pageSize'>, format: 'csv' | 'xlsx', context: RequestContext) {
      const scope = organizationReadScope(context.actor);
      await requireEcosystem(db, scope, id);
      const rows = await repo.listAllMembers(db, scope, id, filter, memberExportRowLimit);
      const mayReadFigures = await figuresReader(rows, context);
      const codesOf = new Map<string, string[]>();
      for (const link of await repo.listDirectionCodesOfOrganizations(db, [...new Set(rows.map((r) => r.organization.id))])) {
        codesOf.set(link.organizationId, [...(codesOf.get(link.organizationId) ?? []), link.code]);
      }
      const table = membersTable(rows.map((row) => ({ ...row, directionCodes: codesOf.get(row.organization.id) ?? [], showFigures: mayReadFigures(row.organization.id) })));
      const fileName = `members-${id.slice(0, 8)}-${today()}`;
      return format === 'csv'
        ? { content: toCsv(table), contentType: 'text/csv; charset=utf-8', fileName: `${fileName}.csv` }
        : { content: await toXlsx(table, 'members'), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', fileName: `${fileName}.xlsx` };
    },

    async createMembership(ecosystemId: string, input: CreateMembershipInput, context: RequestContext): Promise<Membership> {
      authorize(context.actor, canManageMemberships(context.actor, ecosystemId, 'create'));
      return db.transaction(async (tx) => admitMember(tx, ecosystemId, input, context));
    },

    async updateMembership(id: string, input: UpdateMembershipInput, context: RequestContext): Promise<Membership> {
      return db.transaction(async (tx) => {
        const before = await requireManagedMembership(tx, id, context);
        if (input.status) checkStatusChange(before.status, input.status);
        const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<repo.MembershipRow>;
        const next = { ...before, ...changes };
        checkResidentType(changes.residentType);
        checkMembershipDates(next);
        checkNoOverlap(next, await repo.listMembershipsOfPair(tx, before.ecosystemId, before.organizationId, id));
        await checkRegistrationNumber(tx, next);
        const row = await repo.updateMembership(tx, id, { ...changes, updatedAt: clock.now() });
        await recordAudit(tx, context, { action: 'update', entityType: 'ecosystem_membership', entityId: id, before: toMembership(before), after: toMembership(row) });
        return toMembership(row);
      });
    },

    /** For an entry made by mistake; a membership that ended is set to former instead, so history stays. */
    async deleteMembership(id: string, context: RequestContext): Promise<void> {
      await db.transaction(async (tx) => {
        const before = await requireManagedMembership(tx, id, context);
        await repo.deleteMembership(tx, id);
        await recordAudit(tx, context, { action: 'delete', entityType: 'ecosystem_membership', entityId: id, before: toMembership(before) });
      });
    },
  };
}

export type EcosystemsService = ReturnType<typeof createEcosystemsService>;
