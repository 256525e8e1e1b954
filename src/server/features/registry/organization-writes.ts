/**
 * Creating, editing and merging organizations: each in one transaction, with its checks first and
 * its audit entry last, so a refused write changes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { CreateOrganizationInput, UpdateOrganizationInput } from '../../../shared/contracts/organization-input';
import { countryOfScheme } from '../../../shared/identifiers';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit, recordAuditMany } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import { assertActivityCodesKnown, assertDirectionsKnown, assertIdentifiersFree, findDuplicateCandidates } from './organization-checks';
import { canWriteOrganization, organizationReadScope } from './registry.policy';
import { findOrganization } from './registry.repo';
import * as repo from './organizations-write.repo';
import { searchColumnsOf } from './search-columns';

export type Fields = Partial<Omit<CreateOrganizationInput, 'confirmNotDuplicate'>>;

/** Row values from the input's fields; only the fields present are set. */
function columnsOf(input: Fields): Partial<repo.OrganizationValues> {
  const values: Partial<repo.OrganizationValues> = {};
  if (input.name) Object.assign(values, { nameRu: input.name.ru, nameEn: input.name.en, nameZh: input.name.zh });
  if (input.shortName) Object.assign(values, { shortNameRu: input.shortName.ru, shortNameEn: input.shortName.en, shortNameZh: input.shortName.zh });
  if (input.city) Object.assign(values, { city: input.city.ru, cityEn: input.city.en, cityZh: input.city.zh });
  if (input.description) Object.assign(values, { descriptionRu: input.description.ru, descriptionEn: input.description.en, descriptionZh: input.description.zh });
  if (input.privateFigures) Object.assign(values, input.privateFigures);
  for (const key of ['kind', 'country', 'region', 'website', 'sizeBand', 'foundedYear', 'visibility', 'externalId'] as const) {
    if (input[key] !== undefined) Object.assign(values, { [key]: input[key] });
  }
  return values;
}

/** Links and private figures are part of the audited state, so before and after show them too. */
async function auditedState(db: Executor, id: string) {
  const row = await repo.findOrganizationById(db, id);
  if (!row) return null;
  const { searchVector: _vector, searchTermsZh: _zh, nameLatin: _latin, ...fields } = row;
  return {
    ...fields,
    identifiers: (await repo.listIdentifiersOfOrganization(db, id)).map((i) => `${i.scheme}:${i.value}`),
    activityCodes: (await repo.listActivityCodesOfOrganization(db, id)).map((c) => (c.isMain ? `${c.code}*` : c.code)),
    directions: await repo.listDirectionCodesOfOrganization(db, id),
  };
}

async function writeLinks(tx: Executor, id: string, input: Fields) {
  if (input.identifiers) await repo.replaceIdentifiers(tx, id, input.identifiers);
  if (input.activityCodes) await repo.replaceActivityCodes(tx, id, input.activityCodes.main, input.activityCodes.additional);
  if (input.directionIds) await repo.replaceDirections(tx, id, [...new Set(input.directionIds)]);
}

async function checkLinks(tx: Executor, input: Fields, exceptId?: string) {
  if (input.identifiers) await assertIdentifiersFree(tx, input.identifiers, exceptId);
  if (input.activityCodes) await assertActivityCodesKnown(tx, [...(input.activityCodes.main ? [input.activityCodes.main] : []), ...input.activityCodes.additional]);
  if (input.directionIds) await assertDirectionsKnown(tx, input.directionIds);
}

/** The audited state of many organizations, read with a few statements per batch instead of four per organization. */
async function auditedStates(db: Executor, ids: string[]) {
  const states = new Map<string, Record<string, unknown>>();
  for (const batch of repo.inBatches(ids)) {
    const rows = await repo.findOrganizationsByIds(db, batch);
    const links = await repo.listLinksOfOrganizations(db, batch);
    const collect = <T extends { organizationId: string }>(items: T[], text: (item: T) => string) => {
      const byOrganization = new Map<string, string[]>();
      for (const item of items) byOrganization.set(item.organizationId, [...(byOrganization.get(item.organizationId) ?? []), text(item)]);
      return (id: string) => byOrganization.get(id) ?? [];
    };
    const identifiersOf = collect(links.identifiers, (i) => `${i.scheme}:${i.value}`);
    const codesOf = collect(links.activityCodes, (c) => (c.isMain ? `${c.code}*` : c.code));
    const directionsOf = collect(links.directionCodes, (d) => d.code);
    for (const row of rows) states.set(row.id, { ...row, identifiers: identifiersOf(row.id), activityCodes: codesOf(row.id), directions: directionsOf(row.id) });
  }
  return states;
}

/** The link rows of many organizations' fields: what writeLinks writes, for one multi-row INSERT each. */
function linkRowsOf(items: { id: string; fields: Fields }[]): repo.LinkRows {
  const links: repo.LinkRows = { identifiers: [], activityCodes: [], directions: [] };
  for (const { id, fields } of items) {
    for (const i of fields.identifiers ?? []) links.identifiers.push({ organizationId: id, scheme: i.scheme, country: countryOfScheme[i.scheme], value: i.value });
    if (fields.activityCodes) {
      const { main, additional } = fields.activityCodes;
      if (main) links.activityCodes.push({ organizationId: id, code: main, isMain: true });
      for (const code of new Set(additional.filter((c) => c !== main))) links.activityCodes.push({ organizationId: id, code, isMain: false });
    }
    for (const directionId of new Set(fields.directionIds ?? [])) links.directions.push({ organizationId: id, directionId });
  }
  return links;
}

/**
 * How the audited state lists links, as `auditedStates` reads them back: identifiers by scheme,
 * activity codes main first then by code, direction codes by code — each in the database's
 * collation, which may not be JavaScript's. Read once per import, so that the state of a created
 * organization is built from what was inserted instead of read back row by row.
 */
export type LinkOrder = { directionCodeOf: Map<string, string>; rankOfDirection: Map<string, number>; rankOfScheme: Map<string, number>; rankOfCode: Map<string, number> };

export async function readLinkOrder(db: Executor, fieldsList: Fields[]): Promise<LinkOrder> {
  const directionRows = await repo.listDirectionsInCodeOrder(db);
  const ranks = (values: string[]) => new Map(values.map((value, index) => [value, index]));
  const schemes = new Set(fieldsList.flatMap((fields) => (fields.identifiers ?? []).map((i) => i.scheme)));
  const codes = new Set(fieldsList.flatMap((fields) => (fields.activityCodes ? [fields.activityCodes.main, ...fields.activityCodes.additional].filter((c): c is string => Boolean(c)) : [])));
  return {
    directionCodeOf: new Map(directionRows.map((d) => [d.id, d.code])),
    rankOfDirection: ranks(directionRows.map((d) => d.id)),
    rankOfScheme: ranks(await repo.sortTexts(db, [...schemes])),
    rankOfCode: ranks(await repo.sortTexts(db, [...codes])),
  };
}

/** The audited links of one organization written by `linkRowsOf`, in the order `auditedStates` gives them. */
function auditedLinksOf(links: repo.LinkRows, order: LinkOrder) {
  const by = <T>(rank: (item: T) => number) => (a: T, b: T) => rank(a) - rank(b);
  return {
    identifiers: [...links.identifiers].sort(by((i) => order.rankOfScheme.get(i.scheme)!)).map((i) => `${i.scheme}:${i.value}`),
    activityCodes: [...links.activityCodes].sort(by((c) => (c.isMain ? -1 : order.rankOfCode.get(c.code)!))).map((c) => (c.isMain ? `${c.code}*` : c.code)),
    directions: [...links.directions].sort(by((d) => order.rankOfDirection.get(d.directionId)!)).map((d) => order.directionCodeOf.get(d.directionId)!),
  };
}

/**
 * Inserts many organizations whose links the caller has already checked (an import's dry run, in
 * the same transaction), with multi-row statements; each still gets its own audit entry, whose
 * state is the row as the INSERT returned it plus the links as written (in `order`) — the same
 * state a read back would give. Returns the new ids in the order of `fieldsList`.
 */
export async function insertOrganizationsWithLinks(tx: Executor, fieldsList: Fields[], context: RequestContext, order?: LinkOrder): Promise<string[]> {
  if (fieldsList.length === 0) return [];
  const linkOrder = order ?? (await readLinkOrder(tx, fieldsList));
  const items = fieldsList.map((fields) => ({ id: randomUUID(), fields }));
  const stored = await repo.insertOrganizations(tx, items.map(({ id, fields }) => {
    const columns = columnsOf(fields);
    return { ...(columns as repo.OrganizationValues), ...searchColumnsOf(columns), id };
  }));
  await repo.insertLinks(tx, linkRowsOf(items));
  const rowOf = new Map(stored.map((row) => [row.id, row]));
  await recordAuditMany(tx, context, items.map((item) => ({
    action: 'create', entityType: 'organization', entityId: item.id, before: null,
    after: { ...rowOf.get(item.id)!, ...auditedLinksOf(linkRowsOf([item]), linkOrder) },
  })));
  return items.map((item) => item.id);
}

/** Updates many organizations the caller may edit and whose links were checked; one audit entry each. */
export async function updateOrganizationsWithLinks(tx: Executor, items: { id: string; fields: Fields }[], context: RequestContext, now: Date): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((item) => item.id);
  const before = await auditedStates(tx, ids);
  for (const { id, fields } of items) {
    const columns = columnsOf(fields);
    // A row has one UPDATE of its own: the values differ per row, and the derived search columns with them.
    await repo.setOrganizationValues(tx, id, { ...columns, ...searchColumnsOf({ ...(before.get(id) as Partial<repo.OrganizationValues>), ...columns }), updatedAt: now });
  }
  await repo.deleteLinksOfOrganizations(tx, {
    identifiers: items.filter((item) => item.fields.identifiers).map((item) => item.id),
    activityCodes: items.filter((item) => item.fields.activityCodes).map((item) => item.id),
    directions: items.filter((item) => item.fields.directionIds).map((item) => item.id),
  });
  await repo.insertLinks(tx, linkRowsOf(items));
  const after = await auditedStates(tx, ids);
  await recordAuditMany(tx, context, ids.map((id) => ({ action: 'update', entityType: 'organization', entityId: id, before: before.get(id), after: after.get(id) })));
}

/** Inserts a checked organization with its links and audit entry, inside the caller's transaction. */
export async function insertOrganizationWithLinks(tx: Executor, fields: Fields, context: RequestContext): Promise<string> {
  await checkLinks(tx, fields);
  const columns = columnsOf(fields);
  const row = await repo.insertOrganization(tx, { ...(columns as repo.OrganizationValues), ...searchColumnsOf(columns) });
  await writeLinks(tx, row.id, fields);
  await recordAudit(tx, context, { action: 'create', entityType: 'organization', entityId: row.id, before: null, after: await auditedState(tx, row.id) });
  return row.id;
}

/** Updates an organization the caller may edit, with its links and audit entry, inside the caller's transaction. */
export async function updateOrganizationWithLinks(tx: Executor, existing: repo.OrganizationValues & { id: string }, fields: Fields, context: RequestContext, now: Date): Promise<void> {
  await checkLinks(tx, fields, existing.id);
  const before = await auditedState(tx, existing.id);
  const columns = columnsOf(fields);
  await repo.updateOrganizationRow(tx, existing.id, { ...columns, ...searchColumnsOf({ ...existing, ...columns }), updatedAt: now });
  await writeLinks(tx, existing.id, fields);
  await recordAudit(tx, context, { action: 'update', entityType: 'organization', entityId: existing.id, before, after: await auditedState(tx, existing.id) });
}

export function createOrganizationWrites({ db, clock }: { db: Database; clock: Clock }) {
  return {
    async create(input: CreateOrganizationInput, context: RequestContext): Promise<string> {
      authorize(context.actor, canWriteOrganization(context.actor, 'create'));
      const { confirmNotDuplicate, ...fields } = input;
      return db.transaction(async (tx) => {
        if (!confirmNotDuplicate) {
          await checkLinks(tx, fields);
          const candidates = await findDuplicateCandidates(tx, context.actor, fields.name);
          if (candidates.length) throw new AppError('POSSIBLE_DUPLICATE', { candidates });
        }
        return insertOrganizationWithLinks(tx, fields, context);
      });
    },

    async update(id: string, input: UpdateOrganizationInput, context: RequestContext): Promise<void> {
      authorize(context.actor, context.actor.kind === 'user');
      await db.transaction(async (tx) => {
        // What the caller cannot read does not exist for them; what they read but may not edit is refused.
        const existing = await findOrganization(tx, organizationReadScope(context.actor), id);
        if (!existing) throw notFound('organization', id);
        const ecosystemIds = await repo.ecosystemIdsOfOrganization(tx, id);
        authorize(context.actor, canWriteOrganization(context.actor, 'update', { id, ecosystemIds }));
        await updateOrganizationWithLinks(tx, existing, input, context, clock.now());
      });
    },

    /** Keeps `intoId`, moves every link of `fromId` to it, deletes `fromId`; both sides are audited. */
    async merge(fromId: string, intoId: string, context: RequestContext): Promise<void> {
      authorize(context.actor, canWriteOrganization(context.actor, 'merge'));
      if (fromId === intoId) throw new AppError('MERGE_INTO_ITSELF');
      await db.transaction(async (tx) => {
        const from = await auditedState(tx, fromId);
        const into = await auditedState(tx, intoId);
        if (!from) throw notFound('organization', fromId);
        if (!into) throw notFound('organization', intoId);
        await repo.moveOrganizationLinks(tx, fromId, intoId);
        await repo.deleteOrganization(tx, fromId);
        await recordAudit(tx, context, { action: 'merge_away', entityType: 'organization', entityId: fromId, before: from, after: { mergedInto: intoId } });
        await recordAudit(tx, context, { action: 'merge_into', entityType: 'organization', entityId: intoId, before: into, after: { ...(await auditedState(tx, intoId)), mergedFrom: fromId } });
      });
    },
  };
}

export type OrganizationWrites = ReturnType<typeof createOrganizationWrites>;
