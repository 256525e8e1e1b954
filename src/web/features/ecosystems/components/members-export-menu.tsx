import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ExportMembersQuery } from '../../../../shared/contracts/ecosystems';
import { exportMembersUrl } from '../api/export-members';

type MembersExportMenuProps = { ecosystemId: string; filters: Partial<Record<keyof ExportMembersQuery, string | undefined>> };

/** Downloads the register as filtered on the page, as XLSX or CSV. */
export function MembersExportMenu({ ecosystemId, filters }: MembersExportMenuProps) {
  const { t } = useTranslation();
  const url = (format: 'xlsx' | 'csv') => exportMembersUrl(ecosystemId, { ...filters, format } as Partial<ExportMembersQuery>);
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} rightSection={<IconChevronDown size={14} aria-hidden />}>
          {t('ecosystems.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={url('xlsx')} download>
          {t('ecosystems.exportXlsx')}
        </Menu.Item>
        <Menu.Item component="a" href={url('csv')} download>
          {t('ecosystems.exportCsv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
