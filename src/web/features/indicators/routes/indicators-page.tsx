import { Badge, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { indicatorLevels } from '../../../../shared/domain';
import { IndicatorTargetCard } from '../../../components/domain/indicator-target-card';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useSearchState } from '../../../lib/use-search-state';
import { useIndicators, type ListIndicatorsQuery } from '../api/list-indicators';

const pageSize = 20;

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(['level'] as const);
  const indicators = useIndicators({ ...values, page, pageSize, sort: 'code' } as ListIndicatorsQuery);
  return (
    <>
      <PageTitle>{t('indicators.title')}</PageTitle>
      <Select
        label={t('indicators.filterLevel')}
        placeholder={t('common.any')}
        clearable
        data={indicatorLevels.map((level) => ({ value: level, label: t(`enums.indicatorLevel.${level}`) }))}
        value={values.level ?? null}
        onChange={(level) => update({ level: level ?? undefined })}
        w={{ base: '100%', sm: 220 }}
        mb="md"
      />
      <QueryState query={indicators}>
        {(data) => (
          <>
            <SimpleGrid cols={{ base: 1, lg: 2 }}>
              {data.items.map((indicator) => (
                <Stack key={indicator.id} gap={4}>
                  <IndicatorTargetCard indicator={indicator} headingLevel={2} />
                  <Group gap="xs">
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('indicator.code')}: {indicator.code}
                    </Badge>
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('indicator.level')}: {t(`enums.indicatorLevel.${indicator.level}`)}
                    </Badge>
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('indicator.unit')}: {t(`enums.indicatorUnit.${indicator.unit}`)}
                    </Badge>
                  </Group>
                </Stack>
              ))}
            </SimpleGrid>
            {data.items.length === 0 && <Text>{t('common.empty')}</Text>}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
    </>
  );
}
