import { ActionIcon, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { identifierSchemes, type IdentifierScheme } from '../../../../shared/identifiers';
import { newIdentifierRow, type IdentifierDraft } from '../utils/organization-form-values';
import type { FieldErrors } from '../utils/organization-form-errors';

type IdentifiersEditorProps = {
  value: IdentifierDraft[];
  onChange: (value: IdentifierDraft[]) => void;
  /** Called when a number loses focus, so its checksum is checked then rather than at every key. */
  onBlurValue: (path: string) => void;
  errors: FieldErrors;
};

/** Rows of scheme + number; the paths of errors (identifiers.N.value) follow the rows' order. */
export function IdentifiersEditor({ value, onChange, onBlurValue, errors }: IdentifiersEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<IdentifierDraft>) => onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <Stack gap="sm">
      {value.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('organizationForm.noIdentifiers')}
        </Text>
      )}
      {value.map((row, index) => {
        const number = index + 1;
        return (
          <Group key={row.key} align="flex-start" gap="xs" wrap="wrap">
            <Select
              label={t('organizationForm.scheme', { number })}
              data={identifierSchemes.map((scheme) => ({ value: scheme, label: t(`organizationForm.schemes.${scheme}`) }))}
              value={row.scheme}
              onChange={(scheme) => scheme && update(index, { scheme: scheme as IdentifierScheme })}
              allowDeselect={false}
              error={errors[`identifiers.${index}.scheme`]}
              w={{ base: '100%', xs: 200 }}
            />
            <TextInput
              label={t('organizationForm.value', { number })}
              value={row.value}
              onChange={(event) => update(index, { value: event.currentTarget.value })}
              onBlur={() => onBlurValue(`identifiers.${index}.value`)}
              error={errors[`identifiers.${index}.value`]}
              inputMode={row.scheme === 'uscc' ? 'text' : 'numeric'}
              autoComplete="off"
              maxLength={40}
              style={{ flex: '1 1 200px' }}
            />
            <ActionIcon
              variant="subtle"
              color="red.8"
              size="lg"
              mt={{ base: 0, xs: 26 }}
              aria-label={t('organizationForm.removeIdentifier', { number })}
              onClick={() => onChange(value.filter((_, i) => i !== index))}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      {value.length < 6 && (
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => onChange([...value, newIdentifierRow()])} w="fit-content">
          {t('organizationForm.addIdentifier')}
        </Button>
      )}
    </Stack>
  );
}
