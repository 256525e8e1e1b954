import { Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { glossaryTermMaxLength } from '../../../../shared/contracts/partnering-glossary';
import { fieldIssueMessages } from '../../../../shared/errors';
import { languages, type Language } from '../../../../shared/languages';
import { AppModal } from '../../../components/ui/app-modal';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { notify } from '../../../components/ui/notify';
import { useLanguage } from '../../../lib/use-language';
import { useAddGlossaryTerms } from '../api/add-glossary-terms';

type Texts = Record<Language, string>;

/** Adds a term to a concept (one language), or a new concept (a term in each language). */
export function GlossaryTermModal({ concept, onClose }: { concept?: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const addTerms = useAddGlossaryTerms();
  const [termLanguage, setTermLanguage] = useState<Language>(language);
  const [texts, setTexts] = useState<Texts>({ ru: '', en: '', zh: '' });
  const [errors, setErrors] = useState<Partial<Texts>>({});
  const shown = concept ? [termLanguage] : [...languages];

  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = Object.fromEntries(shown.filter((l) => !texts[l].trim()).map((l) => [l, fieldIssueMessages.required[language]]));
    setErrors(missing);
    if (Object.keys(missing).length) return;
    const terms = Object.fromEntries(shown.map((l) => [l, texts[l].trim()]));
    addTerms.mutate(concept ? { conceptId: concept.id, ...terms } : terms, {
      onSuccess: () => {
        notify(t('glossary.saved'), 'green');
        onClose();
      },
    });
  }

  return (
    <AppModal opened onClose={onClose} title={concept ? t('glossary.addTermTo', { name: concept.name }) : t('glossary.newConcept')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {addTerms.isError && <ErrorAlert error={addTerms.error} />}
          {concept ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="glossary-term-language">
                {t('glossary.termLanguage')}
              </Text>
              <SegmentedControl
                aria-labelledby="glossary-term-language"
                value={termLanguage}
                onChange={(value) => setTermLanguage(value as Language)}
                data={languages.map((l) => ({ value: l, label: t(`language.${l}`) }))}
              />
            </Stack>
          ) : (
            <Text size="sm" c="gray.7">
              {t('glossary.newConceptHint')}
            </Text>
          )}
          {shown.map((l) => (
            <TextInput
              key={l}
              lang={l}
              label={t('glossary.termIn', { language: t(`language.${l}`) })}
              required
              maxLength={glossaryTermMaxLength}
              value={texts[l]}
              onChange={(e) => {
                setTexts({ ...texts, [l]: e.currentTarget.value });
                setErrors({ ...errors, [l]: undefined });
              }}
              error={errors[l]}
              autoComplete="off"
              data-autofocus={l === shown[0] ? true : undefined}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={addTerms.isPending}>
              {t('glossary.addTerm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
