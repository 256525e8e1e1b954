import { ActionIcon, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { onDemand } from '../../../lib/on-demand';
import { useSearchInputLook } from './search-input-look';

// The instant results need Mantine's combobox and floating-ui (≈ 25 KB gzip): they come when the
// box is first hovered, focused or typed in, not with every signed-in page (ADR 042).
const searchBox = onDemand(() => import('./search-box'));

/**
 * The header's search: on tablets a button to the results page; on wider screens the box, first as
 * a plain input that looks the same as the one with instant results and hands over its text and the
 * keyboard's focus to it when it arrives. Enter before then opens the full results as the real box does.
 */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loaded = searchBox.useLoaded();
  const look = useSearchInputLook();
  const [value, setValue] = useState('');
  const [focused, setFocused] = useState(false);
  return (
    <>
      <ActionIcon component={Link} to="/search" variant="subtle" size="lg" visibleFrom="sm" hiddenFrom="md" aria-label={t('search.open')}>
        <IconSearch size={20} aria-hidden />
      </ActionIcon>
      {loaded ? (
        <loaded.SearchBox initialValue={value} focusOnMount={focused} />
      ) : (
        <TextInput
          {...look}
          value={value}
          onPointerEnter={searchBox.request}
          onFocus={() => {
            setFocused(true);
            searchBox.request();
          }}
          onBlur={() => setFocused(false)}
          onChange={(event) => setValue(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && value.trim()) void navigate(`/search?q=${encodeURIComponent(value.trim())}`);
          }}
        />
      )}
    </>
  );
}
