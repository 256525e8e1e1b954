import { Button, Group, Select, Stack, Table, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { organizationImportFields, type ColumnMapping, type OrganizationImportField } from '../../../../shared/contracts/imports';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { createImportPreset, useImportPresets } from '../api/imports';

type Props = { columns: string[]; mapping: ColumnMapping; onChange: (mapping: ColumnMapping) => void };

/** Step two: which field each column of the file fills; mappings can be saved and reused. */
export function MappingTable({ columns, mapping, onChange }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const presets = useImportPresets();
  const [presetName, setPresetName] = useState('');
  const save = useMutation({
    mutationFn: () => createImportPreset(presetName.trim(), mapping),
    onSuccess: () => { setPresetName(''); void queryClient.invalidateQueries({ queryKey: ['imports', 'presets'] }); },
  });
  const fieldOptions = organizationImportFields.map((field) => ({ value: field, label: field }));
  const setField = (column: string, field: string | null) => {
    const next = { ...mapping };
    if (field) next[column] = field as OrganizationImportField;
    else delete next[column];
    onChange(next);
  };
  return (
    <Stack gap="sm">
      <Group align="end" wrap="wrap">
        <Select
          label={t('imports.applyPreset')}
          placeholder={t('imports.choosePreset')}
          data={(presets.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
          onChange={(id) => {
            const preset = presets.data?.items.find((p) => p.id === id);
            // A preset applies to the columns this file has.
            if (preset) onChange(Object.fromEntries(Object.entries(preset.mapping).filter(([column]) => columns.includes(column))));
          }}
          clearable
        />
        <TextInput label={t('imports.presetName')} value={presetName} onChange={(event) => setPresetName(event.currentTarget.value)} />
        <Button variant="default" disabled={!presetName.trim()} loading={save.isPending} onClick={() => save.mutate()}>
          {t('imports.savePreset')}
        </Button>
      </Group>
      <ScrollTable label={t('imports.column')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('imports.column')}</Table.Th>
              <Table.Th>{t('imports.field')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {columns.map((column) => (
              <Table.Tr key={column}>
                <Table.Td>{column}</Table.Td>
                <Table.Td>
                  <Select aria-label={t('imports.fieldFor', { column })} data={fieldOptions} value={mapping[column] ?? null} onChange={(field) => setField(column, field)} placeholder={t('imports.ignore')} clearable searchable />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
      </ScrollTable>
    </Stack>
  );
}
