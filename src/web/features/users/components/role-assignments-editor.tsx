import { ActionIcon, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isScopedRole, roles, type Role } from '../../../../shared/roles';
import { ScopePicker } from './scope-picker';

export type RoleRow = { role: Role; scopeOrganizationId: string | null; scopeName: string | null };

type RoleAssignmentsEditorProps = {
  value: RoleRow[];
  onChange: (rows: RoleRow[]) => void;
  /** Field errors keyed like "roles.0.scopeOrganizationId". */
  errors: Record<string, string>;
};

export function RoleAssignmentsEditor({ value, onChange, errors }: RoleAssignmentsEditorProps) {
  const { t } = useTranslation();
  const replace = (index: number, row: RoleRow) => onChange(value.map((old, i) => (i === index ? row : old)));
  const roleOptions = roles.map((role) => ({ value: role, label: t(`enums.role.${role}`) }));

  return (
    <Stack gap="xs" role="group" aria-labelledby="roles-heading">
      <Text fw={600} size="sm" id="roles-heading">
        {t('users.roles')}
      </Text>
      {errors.roles && (
        <Text size="sm" c="red.9">
          {errors.roles}
        </Text>
      )}
      {value.map((row, index) => (
        <Paper key={index} withBorder p="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <Select
              label={t('users.role')}
              data={roleOptions}
              value={row.role}
              allowDeselect={false}
              onChange={(role) => role && replace(index, { role: role as Role, scopeOrganizationId: null, scopeName: null })}
              w={{ base: '100%', sm: 220 }}
              comboboxProps={{ withinPortal: true }}
            />
            {isScopedRole(row.role) && (
              <ScopePicker
                kind={row.role === 'park_manager' ? 'ecosystem' : 'organization'}
                value={row.scopeOrganizationId}
                currentLabel={row.scopeName}
                onChange={(id, label) => replace(index, { ...row, scopeOrganizationId: id, scopeName: label })}
                error={errors[`roles.${index}.scopeOrganizationId`] ?? errors[`roles.${index}`]}
              />
            )}
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              onClick={() => onChange(value.filter((_, i) => i !== index))}
              aria-label={t('users.removeRole', { role: t(`enums.role.${row.role}`) })}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() => onChange([...value, { role: 'analyst', scopeOrganizationId: null, scopeName: null }])}
        w="fit-content"
      >
        {t('users.addRole')}
      </Button>
    </Stack>
  );
}
