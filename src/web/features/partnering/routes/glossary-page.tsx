import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryConceptDto, GlossaryTermDto } from '../../../../shared/contracts/partnering-glossary';
import { languages, type Language } from '../../../../shared/languages';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatNumber } from '../../../lib/format';
import { useLanguage } from '../../../lib/use-language';
import { useGlossary } from '../api/list-glossary';
import { DeleteGlossaryTermModal } from '../components/delete-glossary-term-modal';
import { GlossaryTermModal } from '../components/glossary-term-modal';
import { GlossaryTermsCell } from '../components/glossary-terms-cell';

type Dialog = { kind: 'add'; concept?: { id: string; name: string } } | { kind: 'remove'; term: GlossaryTermDto } | null;

const nameOf = (concept: GlossaryConceptDto, language: Language) => (concept.terms.find((t) => t.language === language) ?? concept.terms[0])?.term ?? concept.id;

/** The center's view of the matching glossary: search in any language, add terms and concepts, remove added terms. */
export function GlossaryPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [page, setPage] = useState(1);
  const glossary = useGlossary(debounced, page);
  const [dialog, setDialog] = useState<Dialog>(null);

  return (
    <>
      <PageTitle
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
            {t('glossary.newConcept')}
          </Button>
        }
      >
        {t('glossary.title')}
      </PageTitle>
      <Text size="sm" c="gray.7" mb="md" maw={760}>
        {t('glossary.intro')}
      </Text>
      <TextInput
        type="search"
        label={t('common.search')}
        placeholder={t('glossary.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          setPage(1);
        }}
        w={{ base: '100%', sm: 340 }}
        mb="md"
      />
      <QueryState query={glossary}>
        {(data) => (
          <>
            <Text size="sm" c="gray.7" mb="xs" role="status">
              {t('glossary.shown', { count: formatNumber(data.total, language), total: formatNumber(data.concepts, language) })}
            </Text>
            <ScrollTable label={t('glossary.table')} minWidth={900}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('glossary.concept')}</Table.Th>
                  {languages.map((l) => (
                    <Table.Th key={l}>{t(`language.${l}`)}</Table.Th>
                  ))}
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((concept) => (
                  <Table.Tr key={concept.id}>
                    <Table.Td>
                      <Stack gap={2}>
                        <Text size="sm" fw={600}>{nameOf(concept, language)}</Text>
                        <Group gap={4}>
                          <Text size="xs" c="gray.7" ff="monospace">{concept.id}</Text>
                          {concept.added && <Badge size="xs" color="teal.9" variant="filled" tt="none">{t('glossary.addedConcept')}</Badge>}
                        </Group>
                      </Stack>
                    </Table.Td>
                    {languages.map((l) => (
                      <Table.Td key={l} maw={260}>
                        <GlossaryTermsCell terms={concept.terms.filter((term) => term.language === l)} language={l} onRemove={(term) => setDialog({ kind: 'remove', term })} />
                      </Table.Td>
                    ))}
                    <Table.Td>
                      <Button size="xs" variant="default" aria-label={t('glossary.addTermFor', { name: nameOf(concept, language) })} onClick={() => setDialog({ kind: 'add', concept: { id: concept.id, name: nameOf(concept, language) } })}>
                        {t('glossary.addTerm')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </>
        )}
      </QueryState>
      {dialog?.kind === 'add' && <GlossaryTermModal concept={dialog.concept} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'remove' && <DeleteGlossaryTermModal term={dialog.term} onClose={() => setDialog(null)} />}
    </>
  );
}
