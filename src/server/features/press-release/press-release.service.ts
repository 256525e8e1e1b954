/**
 * The press-release feature owns reading a press item about signed agreements into agreement
 * drafts (parties and signatories matched to the registry, directions to the taxonomy, each field
 * with the span it was read from) and accepting reviewed drafts: the agreements, the new
 * organizations and people they need, and the press text as their source document, in one
 * transaction. Nothing is written until the drafts are accepted.
 */
import type { AcceptDraftsInput, AcceptDraftsResult, AgreementDraft, DraftFromTextInput, DraftsFromText } from '../../../shared/contracts/agreement-drafts';
import { createAgreementInput } from '../../../shared/contracts/agreements';
import { nameMatchingKey } from '../../../shared/name-matching';
import type { Database } from '../../db/client';
import type { RequestContext } from '../../lib/actor';
import { recordAudit } from '../../lib/audit';
import { authorize } from '../../lib/authorization';
import type { Clock } from '../../lib/clock';
import { AppError } from '../../lib/errors';
import { createAgreementWrites } from '../agreements/agreement-writes';
import { insertOrganizationWithLinks } from '../registry/organization-writes';
import { lemmaOf, loadMorphology } from './morphology';
import { matchOrganization, prepareCandidate } from './organization-matching';
import { lemmasOf, tokenize } from './phrases';
import { canReadPressReleases } from './press-release.policy';
import * as repo from './press-release.repo';
import { maxPressTextBytes, normalizePressText } from './press-text';
import { readPressRelease, type ReadDraft } from './read-press-release';

const kindTitles = { cooperation_agreement: 'Соглашение о сотрудничестве', memorandum: 'Меморандум', roadmap: 'Дорожная карта', contract: 'Договор', protocol_of_intent: 'Протокол о намерениях' } as const;

function checkText(text: string) {
  if (Buffer.byteLength(text, 'utf8') > maxPressTextBytes) throw new AppError('PRESS_TEXT_TOO_LARGE', { limitBytes: maxPressTextBytes });
  if (!normalizePressText(text).text) throw new AppError('PRESS_TEXT_EMPTY');
}

/** The reader knows Russian; a text mostly in other scripts is answered as such, not as "no agreement". */
function mostlyCyrillic(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const cyrillic = text.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  return letters === 0 || cyrillic / letters >= 0.5;
}

const nameOf = (row: repo.OrganizationRow) => ({ ru: row.nameRu, en: row.nameEn, zh: row.nameZh });

export function createPressReleaseService({ db, clock }: { db: Database; clock: Clock }) {
  /** Candidates from the database, ranked by the reader's matching. */
  async function matchParty(mention: string, seen: Map<string, repo.OrganizationRow>) {
    const words = tokenize(mention).filter((t) => t.word);
    const abbreviations = words.map((t) => t.text).filter((w) => /^\p{Lu}{2,}(?:-|$)/u.test(w)).map((w) => w.split('-')[0]!);
    const stems = [...new Set(words.filter((t) => !/^\p{Lu}{2,}/u.test(t.text)).map((t) => nameMatchingKey(lemmaOf(t.text))).filter((s) => s.length >= 5).map((s) => s.slice(0, Math.max(4, s.length - 2))))];
    const rows = await repo.findOrganizationCandidates(db, { keys: [nameMatchingKey(mention)], stems, abbreviations });
    for (const row of rows) seen.set(row.id, row);
    const prepared = rows.map((row) => prepareCandidate({ id: row.id, names: [row.nameRu, row.shortNameRu, row.nameEn, row.shortNameEn].filter((n): n is string => Boolean(n)), country: row.country }));
    return matchOrganization(mention, prepared);
  }

  async function toDraft(draft: ReadDraft, seen: Map<string, repo.OrganizationRow>): Promise<AgreementDraft> {
    const directionRows = new Map((await repo.directionsByCodes(db, draft.directions.map((d) => d.directionCode).filter((c): c is string => Boolean(c)))).map((d) => [d.code, d]));
    const people = await repo.findPersonsByName(db, draft.signatories.map((s) => s.fullName));
    const parties = draft.parties.map((party, index) => {
      const match = draft.partyMatches[index]!;
      return {
        asWritten: party.asWritten, name: party.name, span: party.span, confidence: party.confidence, rule: party.rule,
        match: { ...match, candidates: match.candidates.map((c) => ({ id: c.id, name: nameOf(seen.get(c.id)!), country: seen.get(c.id)?.country ?? null, score: c.score, matchedWords: c.matchedWords })) },
      };
    });
    const title = `${kindTitles[draft.kind.value]}: ${parties.map((p) => (p.match.organizationId ? seen.get(p.match.organizationId)?.shortNameRu ?? seen.get(p.match.organizationId)?.nameRu : null) ?? p.name).join(' — ')}`;
    return {
      kind: draft.kind, title, parties,
      signatories: draft.signatories.map((s) => {
        const partyOrganizationId = s.partyIndex === null ? null : draft.partyMatches[s.partyIndex]?.organizationId ?? null;
        const person = people.find((p) => p.fullNameRu?.toLowerCase() === s.fullName.toLowerCase() && (!partyOrganizationId || p.organizationId === partyOrganizationId));
        return { asWritten: s.asWritten, fullName: s.fullName, span: s.span, confidence: s.confidence, position: s.position, partyIndex: s.partyIndex, personId: person?.id ?? null };
      }),
      directions: draft.directions.map((d) => {
        const row = d.directionCode ? directionRows.get(d.directionCode) : undefined;
        return { asWritten: d.asWritten, name: d.name, span: d.span, confidence: d.confidence, directionId: row?.id ?? null, directionCode: row?.code ?? null, label: row ? { ru: row.labelRu, en: row.labelEn, zh: row.labelZh } : null };
      }),
      occasion: draft.occasion, place: draft.place, signedOn: draft.signedOn,
    };
  }

  return {
    async draftsFromText(input: DraftFromTextInput, context: RequestContext): Promise<DraftsFromText> {
      authorize(context.actor, canReadPressReleases(context.actor));
      checkText(input.text);
      const seen = new Map<string, repo.OrganizationRow>();
      const read = await readPressRelease(input.text, input.publishedOn ?? null, (mention) => matchParty(mention, seen));
      const drafts = [];
      for (const draft of read.drafts) drafts.push(await toDraft(draft, seen));
      return { text: read.text, wasHtml: read.wasHtml, drafts, reason: drafts.length ? null : mostlyCyrillic(read.text) ? 'no_agreement_found' : 'not_russian' };
    },

    async acceptDrafts(input: AcceptDraftsInput, context: RequestContext): Promise<AcceptDraftsResult> {
      authorize(context.actor, canReadPressReleases(context.actor));
      checkText(input.text);
      // New organizations' names are put in the nominative: the dictionaries must be loaded even
      // when no text was read in this process before (a restart between reading and accepting).
      await loadMorphology();
      const { text } = normalizePressText(input.text);
      const userId = context.actor.kind === 'user' ? context.actor.id : null;
      return db.transaction(async (tx) => {
        // The agreements' own checks and audit run inside this transaction (as a savepoint).
        const writes = createAgreementWrites({ db: tx as unknown as Database, clock });
        const created: AcceptDraftsResult = { agreementIds: [], organizationIds: [], personIds: [] };
        const newOrganizations = new Map<string, string>();
        for (const agreement of input.agreements) {
          const partyIds: string[] = [];
          for (const party of agreement.parties) {
            if ('organizationId' in party) { partyIds.push(party.organizationId); continue; }
            const key = lemmasOf(party.newOrganization.name).join(' ');
            let id = newOrganizations.get(key);
            if (!id) {
              id = await insertOrganizationWithLinks(tx, { name: { ru: party.newOrganization.name, en: null, zh: null }, kind: party.newOrganization.kind, country: party.newOrganization.country, visibility: 'network', directionIds: [], identifiers: [] }, context);
              newOrganizations.set(key, id);
              created.organizationIds.push(id);
            }
            partyIds.push(id);
          }
          const signatories = [];
          for (const signatory of agreement.signatories) {
            const organizationId = partyIds[signatory.partyIndex];
            if (!organizationId) throw new AppError('VALIDATION_FAILED', { issues: [{ path: ['signatories', 'partyIndex'], kind: 'invalid_value' }] });
            let personId = signatory.personId ?? null;
            if (!personId) {
              // Name and position as the press release published them; no contact details.
              personId = await repo.insertPerson(tx, { fullNameRu: signatory.fullName, positionRu: signatory.position ?? null, organizationId });
              await recordAudit(tx, context, { action: 'create', entityType: 'person', entityId: personId, before: null, after: { fullNameRu: signatory.fullName, positionRu: signatory.position ?? null, organizationId, source: 'press_release' } });
              created.personIds.push(personId);
            }
            signatories.push({ personId, partyOrganizationId: organizationId });
          }
          const id = await writes.create(createAgreementInput.parse({
            kind: agreement.kind,
            title: { ru: agreement.title },
            signedOn: agreement.signedOn,
            place: { ru: agreement.place },
            occasion: { ru: agreement.occasion },
            status: agreement.signedOn ? 'signed' : 'draft',
            parties: [...new Set(partyIds)].map((organizationId) => ({ organizationId })),
            signatories,
            directionIds: agreement.directionIds,
          }), context);
          const document = await repo.insertSourceDocument(tx, id, text, userId);
          await recordAudit(tx, context, { action: 'document_upload', entityType: 'agreement', entityId: id, changes: { documentId: { before: null, after: document.documentId }, file: { before: null, after: { fileName: 'press-release.txt', sha256: document.sha256, sizeBytes: document.sizeBytes, source: 'press_release' } } } });
          created.agreementIds.push(id);
        }
        return created;
      });
    },
  };
}

export type PressReleaseService = ReturnType<typeof createPressReleaseService>;
