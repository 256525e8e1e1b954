import { Button, Group, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

type CatalogSearchFormProps = {
  /** Start from this text, e.g. the query of the results page. */
  initialValue?: string;
  /** In the header the input is named by aria-label; on a page it has a visible label. */
  compact?: boolean;
  onSearch?: (q: string) => void;
};

/** Free text in any of the three languages; Enter or the button opens the results page. */
export function CatalogSearchForm({ initialValue = '', compact = false, onSearch }: CatalogSearchFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [value, setValue] = useState(initialValue);

  function submit() {
    const q = value.trim();
    if (!q) return;
    if (onSearch) onSearch(q);
    else void navigate(`/catalog/search?q=${encodeURIComponent(q)}`);
  }

  return (
    <form
      role="search"
      aria-label={t('catalog.searchLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      style={{ width: '100%' }}
    >
      <Group gap="xs" wrap="nowrap" align="flex-end">
        <TextInput
          type="search"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          label={compact ? undefined : t('catalog.searchLabel')}
          aria-label={compact ? t('catalog.searchLabel') : undefined}
          placeholder={t('catalog.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          size={compact ? 'sm' : 'md'}
          style={{ flex: 1, minWidth: 0 }}
        />
        {!compact && (
          <Button type="submit" size="md">
            {t('catalog.searchSubmit')}
          </Button>
        )}
      </Group>
    </form>
  );
}
