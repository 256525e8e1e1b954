import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorDetail } from '../../../../shared/contracts/indicators';
import { useLocalized } from '../../../lib/use-language';
import { useIndicatorTexts } from './use-indicator-texts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">{label}</Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/** What the indicator is: owner, unit, base, method, source, who answers for it, what it counts towards. */
export function IndicatorPassport({ indicator }: { indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const { format } = useIndicatorTexts();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      <Fact label={t('indicator.code')}>{indicator.code}</Fact>
      <Fact label={t('indicator.level')}>{t(`enums.indicatorLevel.${indicator.level}`)}</Fact>
      <Fact label={t('indicator.unit')}>{t(`enums.indicatorUnit.${indicator.unit}`)}</Fact>
      <Fact label={t('indicators.owner')}>{indicator.ownerOrganization ? localized(indicator.ownerOrganization.name) : '—'}</Fact>
      <Fact label={t('indicators.base')}>{indicator.baseValue === null ? '—' : `${format(indicator.baseValue, indicator.unit)} (${indicator.baseYear ?? '—'})`}</Fact>
      <Fact label={t('indicators.aggregationLabel')}>{t(`indicators.aggregation.${indicator.aggregation}`)}</Fact>
      {indicator.calculationMethod && <Fact label={t('indicators.calculationMethod')}>{indicator.calculationMethod}</Fact>}
      {indicator.formula && <Fact label={t('indicators.formula')}>{indicator.formula}</Fact>}
      {indicator.dataSource && <Fact label={t('indicators.dataSource')}>{indicator.dataSource}</Fact>}
      {indicator.responsible && <Fact label={t('indicators.responsible')}>{indicator.responsible}</Fact>}
      {indicator.contributesTo.length > 0 && (
        <Fact label={t('indicators.contributesTo')}>
          {indicator.contributesTo.map((parent) => (
            <Anchor key={parent.id} component={Link} to={`/indicators/${parent.id}`} display="block">{localized(parent.name)}</Anchor>
          ))}
        </Fact>
      )}
    </SimpleGrid>
  );
}
