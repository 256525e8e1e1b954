import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { countryName, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useEcosystems } from '../api/list-ecosystems';

export function EcosystemsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const ecosystems = useEcosystems();

  return (
    <>
      <PageTitle>{t('ecosystems.title')}</PageTitle>
      <Text c="dimmed" mb="md">
        {t('ecosystems.lead')}
      </Text>
      <QueryState query={ecosystems}>
        {(data) => (
          <>
            <ScrollTable label={t('ecosystems.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ecosystems.name')}</Table.Th>
                  <Table.Th>{t('ecosystems.kind')}</Table.Th>
                  <Table.Th>{t('ecosystems.country')}</Table.Th>
                  <Table.Th style={{ textAlign: 'right' }}>{t('ecosystems.residents')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((ecosystem) => (
                  <Table.Tr key={ecosystem.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/ecosystems/${ecosystem.id}`}>
                        {localized(ecosystem.shortName) || localized(ecosystem.name)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t(`enums.organizationKind.${ecosystem.kind}`)}</Table.Td>
                    <Table.Td>{countryName(ecosystem.country, language)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right' }}>{formatNumber(ecosystem.residentCount, language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            {data.items.length === 0 && <Text mt="md">{t('common.empty')}</Text>}
          </>
        )}
      </QueryState>
    </>
  );
}
