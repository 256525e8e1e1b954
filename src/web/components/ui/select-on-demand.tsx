import { ComboboxChevron, Input, InputBase, type ComboboxData, type ComboboxItem, type SelectProps } from '@mantine/core';
import { useMergedRef } from '@mantine/hooks';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { onDemand } from '../../lib/on-demand';
import { typeAgain, wrapperPropsOf } from './stand-in';

// Mantine's select brings its combobox, popover, scroll area and floating-ui (≈ 35 KB gzip): a list
// page's filters show their stand-ins first and fetch it when one is first reached for (ADR 042).
const select = onDemand(() => import('./select'));

function labelOf(data: ComboboxData | undefined, value: string | null | undefined): string {
  if (value == null || !data) return '';
  for (const entry of data) {
    const items = typeof entry === 'object' && 'group' in entry ? entry.items : [entry];
    for (const item of items) {
      if (typeof item === 'string') {
        if (item === value) return item;
      } else if (item.value === value) return 'label' in item ? item.label : item.value;
    }
  }
  return '';
}

/**
 * Mantine's `Select`, drawn until its code is in as an input that looks the same: the label, the
 * chosen option's text, the chevron or the clear button. Hovering or focusing it fetches the
 * select; a press (or a key that opens a list) before it arrives opens its list once it has, and the
 * keyboard's focus and the text typed into a searchable one carry over. Clearing works at once. A
 * press counts from the pointer going down: should the select arrive before the release, the release
 * meets the select's own input and no click reaches either.
 */
export function SelectOnDemand({ ref, ...props }: SelectProps) {
  const loaded = select.useLoaded();
  const input = useRef<HTMLInputElement>(null);
  const mergedRef = useMergedRef(input, ref);
  const focused = useRef(false);
  const [openWanted, setOpenWanted] = useState(false);
  const [typed, setTyped] = useState<string | undefined>(undefined);
  // In the commit that swaps the stand-in for the select, so no key pressed meanwhile goes astray.
  useLayoutEffect(() => {
    if (loaded && focused.current) input.current?.focus();
  }, [loaded]);
  // Text typed into the stand-in is typed again into the select once it has mounted: after its own
  // effects, which clear the search of a select without a value. An input event on the focused
  // input is what the select takes for typing.
  useEffect(() => {
    if (loaded) typeAgain(input.current, typed);
  }, [loaded]); // once, when the select replaces the stand-in

  if (loaded) {
    return (
      <loaded.Select
        ref={mergedRef}
        {...props}
        defaultDropdownOpened={openWanted || props.defaultDropdownOpened}
      />
    );
  }

  const { size, disabled, readOnly, leftSection, searchable, clearable, data, value, defaultValue, onChange, onClear, error } = props;
  const chosen = value !== undefined ? value : defaultValue;
  const wantOpen = () => {
    setOpenWanted(true);
    select.request();
  };
  return (
    <InputBase
      ref={mergedRef}
      __staticSelector="Select"
      {...wrapperPropsOf(props)}
      size={size}
      leftSection={leftSection}
      data-testid={(props as { 'data-testid'?: string })['data-testid']}
      // What Mantine's select puts on its input while closed: tests and screen readers see the same.
      role="combobox"
      aria-haspopup="listbox"
      aria-expanded={false}
      readOnly={readOnly || !searchable}
      pointer={!searchable}
      value={typed ?? props.searchValue ?? labelOf(data, chosen)}
      __defaultRightSection={<ComboboxChevron size={size} error={error} />}
      __clearable={!!clearable && chosen != null && !disabled && !readOnly}
      __clearSection={
        <Input.ClearButton
          tabIndex={-1}
          aria-hidden
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            onChange?.(null, null as unknown as ComboboxItem);
            onClear?.();
          }}
        />
      }
      rightSectionPointerEvents="none"
      onPointerEnter={select.request}
      onFocus={() => {
        focused.current = true;
        select.request();
      }}
      onBlur={() => {
        focused.current = false;
      }}
      onPointerDown={(event) => {
        if (event.button === 0) wantOpen();
      }}
      onClick={wantOpen}
      onKeyDown={(event) => {
        if (['ArrowDown', 'ArrowUp', 'Enter', ' '].includes(event.key) && !(searchable && event.key === ' ')) wantOpen();
      }}
      onChange={(event) => {
        if (searchable && !readOnly) setTyped(event.currentTarget.value);
      }}
    />
  );
}
