import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';

type PagerProps = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function Pager({ page, pageSize, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" mt="md" wrap="wrap">
      <Text size="sm" c="dimmed">
        {t('common.total', { total: formatNumber(total, language) })}
      </Text>
      {pages > 1 && (
        <nav aria-label={t('common.pagination')}>
          <Pagination
            total={pages}
            value={page}
            onChange={onChange}
            size="sm"
            // The arrows are icons only; they need names to be buttons a screen reader can offer.
            getControlProps={(control) => ({ 'aria-label': t(`common.${control}Page`) })}
            getItemProps={(item) => ({ 'aria-label': t('common.pageNumber', { page: item }), 'aria-current': item === page ? 'page' : undefined })}
          />
        </nav>
      )}
    </Group>
  );
}
