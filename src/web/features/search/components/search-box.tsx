import { Combobox, Group, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLocalized } from '../../../lib/use-language';
import { useSearch } from '../api/search';
import { useSearchInputLook } from './search-input-look';

/**
 * The one search box in the header: results appear while typing, grouped by what they are;
 * Enter opens the full results with facets. Hidden below the md breakpoint: on tablets the header
 * has a button to the results page, on phones the navigation drawer's Search item takes its place.
 * It replaces the plain stand-in of `HeaderSearch` and starts from the text typed there, with the
 * keyboard's focus if the stand-in had it.
 */
export function SearchBox({ initialValue = '', focusOnMount = false }: { initialValue?: string; focusOnMount?: boolean }) {
  const { t } = useTranslation();
  const localized = useLocalized();
  const look = useSearchInputLook();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState(initialValue);
  const input = useRef<HTMLInputElement>(null);
  // Asked for after a pause in typing, the text from the stand-in too: starting from it at once
  // would show the answer to half a word typed before the box arrived.
  const [debounced, setDebounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), 250);
    return () => clearTimeout(timer);
  }, [value]);
  const results = useSearch({ q: debounced, pageSize: 5 });
  const organizations = results.data?.organizations.items ?? [];
  const agreements = results.data?.agreements.items.slice(0, 3) ?? [];
  const openAll = () => {
    combobox.closeDropdown();
    if (value.trim()) void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
  };

  // In the same commit that removes the stand-in: no key pressed meanwhile goes astray. Focusing
  // opens the results for the text already typed (onFocus below).
  useLayoutEffect(() => {
    if (!focusOnMount || !input.current) return;
    input.current.focus();
    input.current.setSelectionRange(initialValue.length, initialValue.length);
  }, []); // once, when the box replaces the stand-in

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(target) => {
        combobox.closeDropdown();
        if (target === 'all') openAll();
        else void navigate(target);
      }}
    >
      <Combobox.Target>
        <TextInput
          ref={input}
          {...look}
          value={value}
          rightSection={results.isFetching ? <Loader size={14} /> : null}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={() => value && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && combobox.getSelectedOptionIndex() < 0) openAll();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!debounced.trim()}>
        <Combobox.Options>
          {results.data && organizations.length === 0 && agreements.length === 0 && <Combobox.Empty>{t('search.nothing')}</Combobox.Empty>}
          {organizations.length > 0 && (
            <Combobox.Group label={t('search.organizations', { count: results.data?.organizations.total ?? 0 })}>
              {organizations.map((hit) => (
                <Combobox.Option key={hit.organization.id} value={`/organizations/${hit.organization.id}`}>
                  <Text size="sm">{localized(hit.organization.name)}</Text>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {agreements.length > 0 && (
            <Combobox.Group label={t('search.agreements', { count: results.data?.agreements.total ?? 0 })}>
              {agreements.map((agreement) => (
                <Combobox.Option key={agreement.id} value={`/agreements/${agreement.id}`}>
                  <Text size="sm" lineClamp={2}>{localized(agreement.title)}</Text>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {results.data && (
            <Combobox.Option value="all">
              <Group gap={4}>
                <IconSearch size={14} aria-hidden />
                <Text size="sm" fw={600}>{t('search.all')}</Text>
              </Group>
            </Combobox.Option>
          )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
