import { ActionIcon, Group, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermDto } from '../../../../shared/contracts/partnering-glossary';
import type { Language } from '../../../../shared/languages';

/** The terms of one concept in one language: shipped ones as text, added ones marked and removable. */
export function GlossaryTermsCell({ terms, language, onRemove }: { terms: GlossaryTermDto[]; language: Language; onRemove: (term: GlossaryTermDto) => void }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} lang={language}>
      {terms.map((term, index) => (
        <Group key={term.id ?? `${term.term}-${index}`} gap={2} wrap="nowrap">
          <Text size="sm" span fw={term.added ? 600 : 400} c={term.added ? 'teal.9' : undefined}>
            {term.term}
            {index < terms.length - 1 && !term.added ? ';' : ''}
          </Text>
          {term.added && term.id && (
            <>
              <Text size="xs" span c="teal.9" lang={undefined}>
                ({t('glossary.added')})
              </Text>
              <ActionIcon size="sm" variant="subtle" color="red.8" aria-label={t('glossary.removeTerm', { term: term.term })} onClick={() => onRemove(term)}>
                <IconX size={14} aria-hidden />
              </ActionIcon>
            </>
          )}
        </Group>
      ))}
    </Group>
  );
}
