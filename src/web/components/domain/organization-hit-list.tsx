import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationSearchResult } from '../../../shared/contracts/search';
import { OrganizationHitCard } from './organization-hit-card';

/**
 * A page of found organizations. When the query was too broad to rank every hit (ADR 041) it says
 * so, and marks where the ranked names end and the unordered rest begins, so nobody reads the order
 * of the rest as relevance.
 */
export function OrganizationHitList({ result, hrefOf }: { result: Pick<OrganizationSearchResult, 'items' | 'ranking'>; hrefOf: (id: string) => string }) {
  const { t } = useTranslation();
  if (result.items.length === 0) return <Text>{t('search.nothing')}</Text>;
  const firstUnranked = result.ranking === 'namesFirst' ? result.items.findIndex((hit) => hit.score === 0) : -1;
  return (
    <Stack gap="sm">
      {result.ranking !== 'relevance' && (
        <Text size="sm" c="dimmed" role="note">
          {t(`search.ranking.${result.ranking}`)}
        </Text>
      )}
      {result.items.map((hit, index) => (
        <Stack key={hit.organization.id} gap="sm">
          {index === firstUnranked && index > 0 && <Divider label={t('search.ranking.rest')} labelPosition="left" />}
          <OrganizationHitCard hit={hit} to={hrefOf(hit.organization.id)} />
        </Stack>
      ))}
    </Stack>
  );
}
