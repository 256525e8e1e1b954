import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocalized } from '../../../lib/use-language';
import { usePortfolios } from '../api/portfolio-api';

/** The programs of the chosen portfolio (or of all), each a way into its program page. */
export function ProgramLinks({ portfolioId }: { portfolioId: string | null }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const portfolios = usePortfolios();
  const programs = (portfolios.data?.programs ?? []).filter((p) => !portfolioId || p.portfolioId === portfolioId);
  if (programs.length === 0) return null;
  return (
    <Group component="nav" aria-label={t('portfolioForms.program.programs')} gap="md" wrap="wrap">
      <Text size="sm" fw={600}>{t('portfolioForms.program.programs')}:</Text>
      {programs.map((p) => (
        <Anchor key={p.id} component={Link} to={`/programs/${p.id}`} size="sm">{`${p.code} · ${localized(p.name)}`}</Anchor>
      ))}
    </Group>
  );
}
