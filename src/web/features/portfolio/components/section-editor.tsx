import { ActionIcon, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../../../shared/contracts/portfolio';
import { AppModal } from '../../../components/ui/app-modal';
import { notify } from '../../../components/ui/notify';
import { PassportError } from './passport-error';

type EditorProps<Draft, Input> = {
  /** The section's name, for the button and the dialog. */
  section: string;
  /** The button's text when "Edit" alone would not say which of a section's editors it opens. */
  buttonLabel?: string;
  /** The draft the dialog starts from, taken from the passport each time it opens. */
  start: () => Draft;
  mutation: Pick<UseMutationResult<Project, Error, Input>, 'mutateAsync' | 'isPending' | 'error' | 'reset'>;
  /** Turns the draft into the request. */
  toInput: (draft: Draft) => Input;
  children: (draft: Draft, setDraft: (update: (draft: Draft) => Draft) => void) => ReactNode;
};

/**
 * An "Edit" button that opens the section in a dialog. The draft is kept while the server refuses
 * it, so the user reads why, fixes the one value and saves again; nothing is written until then.
 */
export function SectionEditor<Draft, Input>({ section, buttonLabel, start, mutation, toInput, children }: EditorProps<Draft, Input>) {
  const { t } = useTranslation();
  const [draft, setDraftState] = useState<Draft | null>(null);
  const setDraft = (update: (d: Draft) => Draft) => setDraftState((d) => (d === null ? d : update(d)));
  const open = () => { mutation.reset(); setDraftState(start()); };
  const close = () => setDraftState(null);
  const save = async () => {
    if (draft === null) return;
    try {
      const saved = await mutation.mutateAsync(toInput(draft));
      notify(t('portfolioForms.saved', { version: saved.version }));
      close();
    } catch {
      // The refusal is shown in the dialog from the mutation's error.
    }
  };
  return (
    <>
      <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={open} aria-label={buttonLabel ? undefined : t('portfolioForms.editSection', { section })}>
        {buttonLabel ?? t('portfolioForms.edit')}
      </Button>
      <AppModal opened={draft !== null} onClose={close} title={t('portfolioForms.editSection', { section })} size="xl">
        {draft !== null && (
          <Stack component="form" gap="sm" onSubmit={(e) => { e.preventDefault(); void save(); }}>
            <Text size="sm" c="gray.8">{t('portfolioForms.editHint')}</Text>
            {children(draft, setDraft)}
            {mutation.error && <PassportError error={mutation.error} />}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>{t('portfolioForms.cancel')}</Button>
              <Button type="submit" loading={mutation.isPending}>{t('portfolioForms.save')}</Button>
            </Group>
          </Stack>
        )}
      </AppModal>
    </>
  );
}

type ItemsProps<Item> = {
  items: Item[];
  onChange: (items: Item[]) => void;
  blank: () => Item;
  /** How the item is named for its remove button ("КТ-3", "Row 2"). */
  nameOf: (item: Item, index: number) => string;
  children: (item: Item, update: (patch: Partial<Item>) => void, index: number) => ReactNode;
};

/** A list of items, each in its own frame with a remove button, and one button to add another. */
export function ItemsEditor<Item>({ items, onChange, blank, nameOf, children }: ItemsProps<Item>) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {items.map((item, index) => (
        <Paper key={index} withBorder p="xs" data-testid="edited-item">
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
              {children(item, (patch) => onChange(items.map((it, i) => (i === index ? { ...it, ...patch } : it))), index)}
            </Stack>
            <ActionIcon variant="subtle" color="red.9" aria-label={t('portfolioForms.removeItem', { item: nameOf(item, index) })} onClick={() => onChange(items.filter((_, i) => i !== index))}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        </Paper>
      ))}
      <Button variant="subtle" size="xs" w="fit-content" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onChange([...items, blank()])}>
        {t('portfolioForms.add')}
      </Button>
    </Stack>
  );
}
