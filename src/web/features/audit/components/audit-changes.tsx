import { Code, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntryDto } from '../../../../shared/contracts/audit';

/** Values as a person reads them: text as is, absent as "—", anything structured as compact JSON. */
function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

export function AuditChanges({ changes }: { changes: AuditEntryDto['changes'] }) {
  const { t } = useTranslation();
  const fields = Object.entries(changes);
  if (fields.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('audit.empty')}
      </Text>
    );
  }
  return (
    <List size="sm" spacing={2} listStyleType="none">
      {fields.map(([field, { before, after }]) => (
        <List.Item key={field} style={{ overflowWrap: 'anywhere' }}>
          <Code>{field}</Code>: <del>{show(before)}</del> → <ins style={{ textDecoration: 'none', fontWeight: 600 }}>{show(after)}</ins>
        </List.Item>
      ))}
    </List>
  );
}
