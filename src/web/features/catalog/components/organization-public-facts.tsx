import { Anchor, Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../../../shared/contracts/registry';
import { countryName } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';

/**
 * The public facts of an organization, label → value, empty ones left out. Private figures are
 * never shown here, even if the server sent them to a signed-in visitor: this is the public view.
 */
export function OrganizationPublicFacts({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const website = organization.website;
  const rows: [string, ReactNode][] = [
    [t('organizations.kind'), t(`enums.organizationKind.${organization.kind}`)],
    [t('organizations.country'), countryName(organization.country, language)],
    [t('organizations.city'), localized(organization.city)],
    [t('organizations.foundedYear'), organization.foundedYear],
    [
      t('organizations.website'),
      website ? (
        <Anchor href={website} target="_blank" rel="noopener noreferrer">
          {website.replace(/^https?:\/\//, '')}
        </Anchor>
      ) : null,
    ],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder>
      <Table.Tbody>
        {rows
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={{ base: 120, sm: 200 }}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
      </Table.Tbody>
    </Table>
  );
}
