/**
 * The contacts feature owns the persons of an organization as contacts, and their consents under
 * 152-FZ: no contact without a consent to processing, no publication without a consent to
 * dissemination, and withdrawal of the consent to processing erases the personal data, keeping an
 * audited tombstone. Who sees what is in `contacts.policy.ts`.
 */
import type { AddConsentInput, ConsentInput, ConsentKind, Contact, ContactList, CreateContactInput, UpdateContactInput } from '../../../shared/contracts/contacts';
import type { Database, Executor } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { diffRows, erasedMarker, recordAudit, redactAuditedFields, type AuditChanges } from '../../lib/audit';
import { authorize, requireUser } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError, notFound } from '../../lib/errors';
import type { RegistryService } from '../registry/registry.service';
import { consentStateOf, contactDetailFields, nameFields, personalFields, personalFieldsOf, toContact } from './contacts.mappers';
import { canManageContacts, contactDisclosure, type OrganizationForContacts } from './contacts.policy';
import * as repo from './contacts.repo';

type Dependencies = { db: Database; clock: Clock; registry: RegistryService };

const entityType = 'contact';

/** A consent given "today" somewhere on Earth is not in the future: compare with the date at UTC+14. */
function latestDateAnywhere(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

function refuseFutureConsents(now: Date, consents: Partial<Record<string, ConsentInput>>, pathOf: (key: string) => string) {
  const latest = latestDateAnywhere(now);
  const issues = Object.entries(consents)
    .filter(([, consent]) => consent && consent.givenOn > latest)
    .map(([key]) => ({ path: pathOf(key), kind: 'too_big', message: 'The consent date is in the future' }));
  if (issues.length) throw new AppError('VALIDATION_FAILED', { issues });
}

const consentAudit = (consent: ConsentInput) => ({ givenOn: consent.givenOn, purpose: consent.purpose, scope: consent.scope, source: consent.source });

export function createContactsService({ db, clock, registry }: Dependencies) {
  /** The organization as the policy needs it; 404 when the caller may not read the organization. */
  async function organizationFor(organizationId: string, context: RequestContext): Promise<OrganizationForContacts> {
    const organization = await registry.getOrganization(organizationId, context);
    const today = clock.now().toISOString().slice(0, 10);
    const currentEcosystemIds = organization.memberships
      .filter((m) => m.status !== 'former' && (!m.dateTo || m.dateTo >= today))
      .map((m) => m.ecosystemId);
    return { id: organization.id, currentEcosystemIds };
  }

  /** A contact the caller may change: 404 if they may not see it, 403 if they may only read it, 409 if erased. */
  async function contactForWrite(id: string, context: RequestContext) {
    requireUser(context.actor);
    const person = await repo.findPerson(db, id);
    if (!person?.organizationId) throw notFound('contact', id);
    const organization = await organizationFor(person.organizationId, context);
    const disclosure = contactDisclosure(context.actor, organization, consentStateOf(person, await repo.listConsents(db, [id])));
    if (disclosure === 'hidden') throw notFound('contact', id);
    authorize(context.actor, canManageContacts(context.actor, organization));
    if (person.erasedAt) throw new AppError('CONTACT_ERASED', { id });
    return organization;
  }

  /** Re-reads the row under a lock inside the write, so that a concurrent erasure wins cleanly. */
  async function lockLiveContact(tx: Executor, id: string) {
    const person = await repo.findPersonForUpdate(tx, id);
    if (!person) throw notFound('contact', id);
    if (person.erasedAt) throw new AppError('CONTACT_ERASED', { id });
    return { person, consents: await repo.listConsents(tx, [id]) };
  }

  async function fullContact(tx: Executor, id: string): Promise<Contact> {
    const person = (await repo.findPerson(tx, id))!;
    const consents = await repo.listConsents(tx, [id]);
    return toContact(person, consents, person.erasedAt ? 'tombstone' : 'full');
  }

  return {
    async list(organizationId: string, context: RequestContext): Promise<ContactList> {
      const organization = await organizationFor(organizationId, context);
      const people = await repo.listPersonsOfOrganization(db, organizationId);
      const consents = await repo.listConsents(db, people.map((p) => p.id));
      const items: Contact[] = [];
      for (const person of people) {
        const own = consents.filter((c) => c.personId === person.id);
        const disclosure = contactDisclosure(context.actor, organization, consentStateOf(person, own));
        if (disclosure !== 'hidden') items.push(toContact(person, own, disclosure));
      }
      return { items, canManage: canManageContacts(context.actor, organization) };
    },

    async create(organizationId: string, input: CreateContactInput, context: RequestContext): Promise<Contact> {
      requireUser(context.actor);
      const organization = await organizationFor(organizationId, context);
      authorize(context.actor, canManageContacts(context.actor, organization));
      const now = clock.now();
      refuseFutureConsents(now, input.consents, (kind) => `body.consents.${kind}.givenOn`);
      return db.transaction(async (tx) => {
        const person = await repo.insertPerson(tx, {
          organizationId,
          fullNameRu: input.fullName.ru, fullNameEn: input.fullName.en, fullNameZh: input.fullName.zh,
          positionRu: input.position.ru, positionEn: input.position.en, positionZh: input.position.zh,
          email: input.email, phone: input.phone, languages: input.languages,
          createdAt: now, updatedAt: now,
        });
        const changes: AuditChanges = {};
        for (const kind of ['processing', 'dissemination'] as const) {
          const consent = input.consents[kind];
          if (!consent) continue;
          await repo.insertConsent(tx, { personId: person.id, kind, ...consent, createdAt: now });
          changes[`${kind}Consent`] = { before: null, after: consentAudit(consent) };
        }
        const fields = diffRows(null, { organizationId, ...personalFieldsOf(person) });
        await recordAudit(tx, context, { action: 'create', entityType, entityId: person.id, changes: { ...fields, ...changes } });
        return fullContact(tx, person.id);
      });
    },

    async update(id: string, input: UpdateContactInput, context: RequestContext): Promise<Contact> {
      await contactForWrite(id, context);
      return db.transaction(async (tx) => {
        const { person: before, consents } = await lockLiveContact(tx, id);
        // Keeping or changing personal data is processing: it needs the consent in force.
        if (!consentStateOf(before, consents).processing) throw new AppError('CONSENT_REQUIRED', { id });
        const after = await repo.updatePerson(tx, id, {
          ...(input.fullName ? { fullNameRu: input.fullName.ru, fullNameEn: input.fullName.en, fullNameZh: input.fullName.zh } : {}),
          ...(input.position ? { positionRu: input.position.ru, positionEn: input.position.en, positionZh: input.position.zh } : {}),
          ...(input.email !== undefined ? { email: input.email } : {}),
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.languages ? { languages: input.languages } : {}),
          updatedAt: clock.now(),
        });
        await recordAudit(tx, context, { action: 'update', entityType, entityId: id, before: personalFieldsOf(before), after: personalFieldsOf(after) });
        return fullContact(tx, id);
      });
    },

    async addConsent(id: string, input: AddConsentInput, context: RequestContext): Promise<Contact> {
      await contactForWrite(id, context);
      const now = clock.now();
      const { kind, ...consent } = input;
      refuseFutureConsents(now, { [kind]: consent }, () => 'body.givenOn');
      return db.transaction(async (tx) => {
        const { person, consents } = await lockLiveContact(tx, id);
        const state = consentStateOf(person, consents);
        if (state[kind]) throw new AppError('CONSENT_ALREADY_GIVEN', { kind });
        // Publishing is a kind of processing: no dissemination without the consent to processing.
        if (kind === 'dissemination' && !state.processing) throw new AppError('CONSENT_REQUIRED', { id });
        await repo.insertConsent(tx, { personId: id, kind, ...consent, createdAt: now });
        await repo.updatePerson(tx, id, { updatedAt: now });
        await recordAudit(tx, context, { action: 'give_consent', entityType, entityId: id, changes: { [`${kind}Consent`]: { before: null, after: consentAudit(consent) } } });
        return fullContact(tx, id);
      });
    },

    /**
     * Withdrawing the consent to dissemination only takes the contact out of public view.
     * Withdrawing the consent to processing ends both consents and erases the personal data:
     * email, phone and languages always; names and position too — unless the person signed an
     * agreement. A signatory's name and title are part of a signed document the center must keep
     * (152-FZ art. 9 part 2 with art. 6 part 1: processing without consent where a law or a
     * contract requires it), and erasing them would leave agreements signed by nobody. The
     * contact disappears all the same; the agreement keeps who signed it, and nothing else.
     * In the audit trail, the erased values become "[erased]", in the earlier entries as well.
     */
    async withdrawConsent(id: string, kind: ConsentKind, context: RequestContext): Promise<Contact> {
      await contactForWrite(id, context);
      const now = clock.now();
      return db.transaction(async (tx) => {
        const { person } = await lockLiveContact(tx, id);
        const kinds = kind === 'processing' ? ['processing', 'dissemination'] : ['dissemination'];
        const withdrawn = await repo.withdrawConsents(tx, id, kinds, now);
        if (!withdrawn.some((c) => c.kind === kind)) throw new AppError('CONSENT_NOT_GIVEN', { kind });
        const changes: AuditChanges = {};
        for (const consent of withdrawn) changes[`${consent.kind}Consent`] = { before: 'given', after: 'withdrawn' };
        if (kind === 'processing') {
          const isSignatory = (await repo.countSignedAgreements(tx, id)) > 0;
          const erased = isSignatory ? contactDetailFields : personalFields;
          await repo.updatePerson(tx, id, {
            ...Object.fromEntries(erased.map((field) => [field, field === 'languages' ? [] : null])),
            erasedAt: now,
            updatedAt: now,
          });
          await redactAuditedFields(tx, entityType, id, erased);
          const before = personalFieldsOf(person);
          for (const field of erased) {
            const value = before[field];
            if (value !== null && !(Array.isArray(value) && value.length === 0)) changes[field] = { before: erasedMarker, after: null };
          }
          changes.erasedAt = { before: null, after: now.toISOString() };
          if (isSignatory) changes.retainedAsSignatory = { before: null, after: [...nameFields] };
        } else {
          await repo.updatePerson(tx, id, { updatedAt: now });
        }
        await recordAudit(tx, context, { action: 'withdraw_consent', entityType, entityId: id, changes });
        return fullContact(tx, id);
      });
    },
  };
}

export type ContactsService = ReturnType<typeof createContactsService>;
