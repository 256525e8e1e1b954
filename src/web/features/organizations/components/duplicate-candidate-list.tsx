import { Anchor, List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateCandidate } from '../../../../shared/contracts/organization-input';
import { countryName, formatPercent } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';

/**
 * Warnings as an orange outline on white: Mantine's orange text, and links on its light orange
 * ground, fall below AA contrast; ordinary text colour and links on white pass.
 */
export const warningAlertProps = { variant: 'outline', color: 'orange', styles: { title: { color: 'var(--mantine-color-text)' }, message: { color: 'var(--mantine-color-text)' } } } as const;

/** Likely duplicates, each opening in a new tab so that the form being filled is not lost. */
export function DuplicateCandidateList({ candidates }: { candidates: DuplicateCandidate[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  return (
    <List size="sm" spacing={4}>
      {candidates.map((candidate) => (
        <List.Item key={candidate.id} style={{ overflowWrap: 'anywhere' }}>
          <Text span size="sm" fw={600}>
            {localized(candidate.name)}
          </Text>
          <Text span size="sm" c="dimmed">
            {` · ${countryName(candidate.country, language)} · `}
            {candidate.reason === 'same_identifier' ? t('organizationForm.sameIdentifier') : t('organizationForm.similarity', { percent: formatPercent(candidate.similarity * 100, language) })}
            {' · '}
          </Text>
          <Anchor component={Link} to={`/organizations/${candidate.id}`} target="_blank" rel="noopener" size="sm">
            {t('organizationForm.open')}
            <VisuallyHidden>{` ${localized(candidate.name)} (${t('organizationForm.opensInNewTab')})`}</VisuallyHidden>
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}
