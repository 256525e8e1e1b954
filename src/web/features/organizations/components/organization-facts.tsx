import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/contracts/registry';
import { countryName, formatNumber, formatRubles } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';

/** The short facts of an organization as a two-column table: label → value, empty ones left out. */
export function OrganizationFacts({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const website = organization.website;
  const rows: [string, ReactNode][] = [
    [t('organizations.kind'), t(`enums.organizationKind.${organization.kind}`)],
    [t('organizations.country'), countryName(organization.country, language)],
    [t('organizations.region'), organization.region],
    [t('organizations.city'), localized(organization.city)],
    [t('organizations.foundedYear'), organization.foundedYear],
    [t('organizations.sizeBand'), organization.sizeBand ? t(`enums.sizeBand.${organization.sizeBand}`) : null],
    [t('organizations.visibility'), t(`enums.visibility.${organization.visibility}`)],
    [
      t('organizations.website'),
      website ? (
        <Anchor href={website} target="_blank" rel="noopener noreferrer">
          {website.replace(/^https?:\/\//, '')}
        </Anchor>
      ) : null,
    ],
  ];
  if (organization.identifiers.length) {
    rows.push([t('organizationForm.identifiers'), organization.identifiers.map((i) => `${t(`organizationForm.schemes.${i.scheme}`)} ${i.value}`).join(', ')]);
  }
  if (organization.activityCodes.length) {
    // The main code first; the classifier names its codes in Russian only.
    const codes = [...organization.activityCodes].sort((a, b) => Number(b.isMain) - Number(a.isMain));
    rows.push([t('organizationForm.activityCodes'), codes.map((code) => `${code.code} ${code.nameRu}`).join('; ')]);
  }
  const figures = organization.privateFigures;
  if (figures) {
    if (figures.headcount !== null) rows.push([t('organizations.headcount'), formatNumber(figures.headcount, language)]);
    if (figures.revenueRub !== null) rows.push([t('organizations.revenue'), formatRubles(figures.revenueRub, language)]);
    if (figures.exportsRub !== null) rows.push([t('organizations.exports'), formatRubles(figures.exportsRub, language)]);
  }
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 130, sm: 220 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
