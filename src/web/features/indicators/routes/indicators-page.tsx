import { Anchor, Badge, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconPresentationAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { indicatorLevels } from '../../../../shared/domain';
import { IndicatorTargetCard } from '../../../components/domain/indicator-target-card';
import { Pager } from '../../../components/ui/pager';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { useSearchState } from '../../../lib/use-search-state';
import { useCurrentUser } from '../api/get-current-user';
import { useIndicators, type ListIndicatorsQuery } from '../api/list-indicators';
import { IndicatorFormModal } from '../components/indicator-form-modal';
import { StatusBadge } from '../components/status-badge';

const pageSize = 20;

export function IndicatorsPage() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(['level'] as const);
  const indicators = useIndicators({ ...values, page, pageSize, sort: 'code' } as ListIndicatorsQuery);
  const navigate = useNavigate();
  const center = useCurrentUser().data?.user?.roles.some((r) => r.role === 'admin' || r.role === 'coordinator') ?? false;
  const [creating, setCreating] = useState(false);
  const actions = (
    <Group gap="xs">
      {center && <Button variant="outline" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>{t('indicatorForm.create')}</Button>}
      <Button component={Link} to="/indicators/strategic" leftSection={<IconPresentationAnalytics size={16} aria-hidden />}>{t('indicators.strategicLink')}</Button>
    </Group>
  );
  return (
    <>
      {creating && <IndicatorFormModal onClose={(savedId) => { setCreating(false); if (savedId) void navigate(`/indicators/${savedId}`); }} />}
      <PageTitle actions={actions}>
        {t('indicators.title')}
      </PageTitle>
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
                    <Anchor component={Link} to={`/indicators/${indicator.id}`} size="sm">
                      {t('indicators.open')}: {indicator.code}
                    </Anchor>
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('indicator.level')}: {t(`enums.indicatorLevel.${indicator.level}`)}
                    </Badge>
                    <Badge variant="outline" color="gray.8" tt="none">
                      {t('indicator.unit')}: {t(`enums.indicatorUnit.${indicator.unit}`)}
                    </Badge>
                    <StatusBadge analytics={indicator.analytics} />
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
