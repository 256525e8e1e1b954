import { Anchor, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Ecosystem } from '../../../../shared/contracts/ecosystems';
import { countryName, formatNumber } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';

/** A park or cluster on the catalog's first page: its name, kind, place and how many residents it has. */
export function EcosystemCard({ ecosystem }: { ecosystem: Ecosystem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const city = localized(ecosystem.city);
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap={6} h="100%">
        <Anchor component={Link} to={`/catalog/ecosystems/${ecosystem.id}`} fw={600}>
          {localized(ecosystem.shortName) || localized(ecosystem.name)}
        </Anchor>
        <Text size="sm">{t(`enums.organizationKind.${ecosystem.kind}`)}</Text>
        <Text size="sm" c="dimmed">
          {countryName(ecosystem.country, language)}
          {city ? `, ${city}` : ''}
        </Text>
        <Group mt="auto">
          <Text fw={700}>{t('catalog.residents', { total: formatNumber(ecosystem.residentCount, language) })}</Text>
        </Group>
      </Stack>
    </Card>
  );
}
