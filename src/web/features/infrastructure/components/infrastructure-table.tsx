import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InfrastructureObject } from '../../../../shared/contracts/infrastructure';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { formatArea, formatPrice } from './format-offer';
import { ObjectStatusBadge } from './status-badge';

/** The objects as a table: the accessible counterpart of the map. */
export function InfrastructureTable({ objects, linkTo }: { objects: InfrastructureObject[]; linkTo: (id: string) => string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  return (
    <ScrollTable label={t('infrastructure.list')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('infrastructure.name')}</Table.Th>
          <Table.Th>{t('infrastructure.type')}</Table.Th>
          <Table.Th>{t('infrastructure.ecosystem')}</Table.Th>
          <Table.Th>{t('infrastructure.area')}</Table.Th>
          <Table.Th>{t('infrastructure.price')}</Table.Th>
          <Table.Th>{t('infrastructure.availableFrom')}</Table.Th>
          <Table.Th>{t('infrastructure.status')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {objects.map((object) => (
          <Table.Tr key={object.id}>
            <Table.Td>
              <Anchor component={Link} to={linkTo(object.id)}>{localized(object.name)}</Anchor>
              <Text size="xs" c="dimmed">{localized(object.address)}</Text>
            </Table.Td>
            <Table.Td>{t(`infrastructure.types.${object.type}`)}</Table.Td>
            <Table.Td>{localized(object.ecosystem.name)}</Table.Td>
            <Table.Td>{formatArea(object, t, language)}</Table.Td>
            <Table.Td>{formatPrice(object, t, language)}</Table.Td>
            <Table.Td>{object.availableFrom ? formatDate(object.availableFrom, language) : t('infrastructure.availableNow')}</Table.Td>
            <Table.Td miw={140}><ObjectStatusBadge status={object.status} /></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
