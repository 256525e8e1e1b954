/** The agreement list and one roadmap as tables for CSV/XLSX export; lists inside a cell are separated by semicolons. */
import { pickLocalized, type Language } from '../../../shared/languages';
import type { Agreement, Obligation } from '../../../shared/contracts/agreements';
import type { Table } from '../../lib/spreadsheet';

const nameOf = (organization: Agreement['parties'][number]['organization'], language: Language) =>
  pickLocalized(organization.shortName, language) || pickLocalized(organization.name, language);

export function agreementsTable(items: Agreement[], language: Language): Table {
  const columns = ['id', 'number', 'kind', 'status', 'title_ru', 'title_en', 'title_zh', 'signed_on', 'place', 'valid_from', 'valid_to', 'auto_renewal',
    'confidential', 'parties', 'signatories', 'directions', 'health', 'obligations', 'done', 'overdue', 'done_on_time_percent', 'days_to_next_deadline'];
  const rows = items.map((a) => [
    a.id, a.number, a.kind, a.status, a.title.ru, a.title.en, a.title.zh, a.signedOn, pickLocalized(a.place, language) || null, a.validFrom, a.validTo,
    a.autoRenewal ? 'yes' : 'no', a.confidential ? 'yes' : 'no',
    a.parties.map((p) => `${nameOf(p.organization, language)} (${p.role})`).join('; '),
    a.signatories.map((s) => pickLocalized(s.fullName, language)).join('; ') || null,
    a.directions.map((d) => d.code).join(';') || null,
    a.health?.state ?? null, a.health?.obligationCount ?? null, a.health?.doneCount ?? null, a.health?.overdueCount ?? null,
    a.health?.shareDoneOnTime === null || a.health === null ? null : Math.round(a.health.shareDoneOnTime * 100),
    a.health?.daysToNextDeadline ?? null,
  ]);
  return { columns, rows };
}

export function roadmapTable(items: Obligation[], language: Language): Table {
  const columns = ['position', 'text_ru', 'text_en', 'text_zh', 'responsible', 'starts_on', 'due_on', 'status', 'done_on', 'evidence_url', 'evidence_note', 'comments'];
  const rows = items.map((o, index) => [
    index + 1, o.text.ru, o.text.en, o.text.zh, o.responsibleOrganization ? nameOf(o.responsibleOrganization, language) : null,
    o.startsOn, o.dueOn, o.status, o.doneOn, o.evidenceUrl, o.evidenceNote, o.comments.length,
  ]);
  return { columns, rows };
}
