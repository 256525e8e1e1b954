import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PrecheckFinding } from '../../../../shared/partnering-prechecks';

/**
 * The automatic pre-checks as the author types: the same function the server runs at submission.
 * A polite live region, so a screen reader hears a new finding without losing its place.
 */
export function PrecheckPanel({ findings }: { findings: PrecheckFinding[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="prechecks-heading" aria-live="polite">
      <Alert color={findings.length ? 'orange.9' : 'green.9'} variant="outline" title={<span id="prechecks-heading" style={{ color: 'var(--mantine-color-text)' }}>{t('partneringWork.editor.prechecks')}</span>}>
        {findings.length === 0 ? <Text size="sm">{t('partneringWork.editor.prechecksPassed')}</Text> : (
          <List size="sm">
            {findings.map((f) => <List.Item key={`${f.code}-${f.field}`}>{t(`partnering.prechecks.${f.code}`)} — {t(`partneringWork.fields.${f.field as 'title'}`)}</List.Item>)}
          </List>
        )}
      </Alert>
    </section>
  );
}
