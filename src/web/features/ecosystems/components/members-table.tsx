import { ActionIcon, Anchor, Badge, Table, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Member } from '../../../../shared/contracts/ecosystems';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { SortHeader } from '../../../components/ui/sort-header';
import { countryName, formatDate, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useResidentTypeLabel } from './resident-type';

const statusColors = { resident: 'blue.9', applicant: 'teal.9', former: 'gray.7' } as const;

type MembersTableProps = { members: Member[]; sort: string | undefined; onSort: (sort: string) => void; onEdit?: (member: Member) => void };

export function MembersTable({ members, sort, onSort, onEdit }: MembersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const residentTypeLabel = useResidentTypeLabel();
  // The headcount column appears only when the caller may read private figures of some member.
  const showHeadcount = members.some((member) => member.privateFigures !== null);

  return (
    <ScrollTable label={t('ecosystems.membersTable')} minWidth={900}>
      <Table.Thead>
        <Table.Tr>
          <SortHeader label={t('ecosystems.organization')} field="name" sort={sort} onSort={onSort} />
          <SortHeader label={t('ecosystems.country')} field="country" sort={sort} onSort={onSort} />
          <SortHeader label={t('ecosystems.status')} field="status" sort={sort} onSort={onSort} />
          <Table.Th>{t('ecosystems.residentType')}</Table.Th>
          <SortHeader label={t('ecosystems.dateFrom')} field="dateFrom" sort={sort} onSort={onSort} />
          <Table.Th>{t('ecosystems.dateTo')}</Table.Th>
          <SortHeader label={t('ecosystems.registrationNumber')} field="registrationNumber" sort={sort} onSort={onSort} />
          {showHeadcount && <Table.Th>{t('ecosystems.headcount')}</Table.Th>}
          {onEdit && <Table.Th>{t('common.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((member) => {
          const name = localized(member.organization.name);
          return (
            <Table.Tr key={member.id}>
              <Table.Td>
                <Anchor component={Link} to={`/organizations/${member.organization.id}`}>
                  {name}
                </Anchor>
              </Table.Td>
              <Table.Td>{countryName(member.organization.country, language)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge color={statusColors[member.status]} variant="filled" tt="none" styles={{ label: { overflow: 'visible' } }}>
                  {t(`enums.membershipStatus.${member.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{residentTypeLabel(member.residentType)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(member.dateFrom, language) || t('common.none')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(member.dateTo, language) || t('common.none')}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                  {member.registrationNumber ?? t('common.none')}
                </Text>
              </Table.Td>
              {showHeadcount && <Table.Td>{member.privateFigures?.headcount != null ? formatNumber(member.privateFigures.headcount, language) : t('common.none')}</Table.Td>}
              {onEdit && (
                <Table.Td>
                  <ActionIcon variant="subtle" color="dark" aria-label={t('ecosystems.editFor', { name })} onClick={() => onEdit(member)}>
                    <IconPencil size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
