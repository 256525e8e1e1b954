/**
 * An ecosystem's register as a table. The columns carry the names the spreadsheet import reads
 * (membership_status, membership_date_from, registration_number, resident_type, …), so an exported
 * register can be loaded into another park's import; membership_date_to is informative only.
 * Private figures are filled only for the members whose figures the requester may read.
 */
import type { Table } from '../../lib/spreadsheet';
import type { MembershipRow, OrganizationRow } from './ecosystems.repo';

export const memberColumns = [
  'id', 'external_id', 'name_ru', 'name_en', 'name_zh', 'kind', 'country', 'region', 'website', 'directions',
  'registration_number', 'membership_status', 'resident_type', 'membership_date_from', 'membership_date_to',
  'headcount', 'revenue_rub', 'exports_rub',
] as const;
type MemberColumn = (typeof memberColumns)[number];

export type ExportedMember = {
  membership: MembershipRow;
  organization: OrganizationRow;
  directionCodes: string[];
  showFigures: boolean;
};

export function membersTable(members: ExportedMember[]): Table {
  const rows = members.map(({ membership, organization, directionCodes, showFigures }) => {
    const values: Record<MemberColumn, string | number | null> = {
      id: organization.id, external_id: organization.externalId,
      name_ru: organization.nameRu, name_en: organization.nameEn, name_zh: organization.nameZh,
      kind: organization.kind, country: organization.country, region: organization.region, website: organization.website,
      // The same separator as the organizations export, which the import splits on.
      directions: [...directionCodes].sort().join(';') || null,
      registration_number: membership.registrationNumber, membership_status: membership.status, resident_type: membership.residentType,
      membership_date_from: membership.dateFrom, membership_date_to: membership.dateTo,
      headcount: showFigures ? organization.headcount : null,
      revenue_rub: showFigures ? organization.revenueRub : null,
      exports_rub: showFigures ? organization.exportsRub : null,
    };
    return memberColumns.map((column) => values[column]);
  });
  return { columns: [...memberColumns], rows };
}
