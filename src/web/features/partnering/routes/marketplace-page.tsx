import { Anchor, Badge, Card, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { profileTypes, textLanguages } from '../../../../shared/partnering';
import { PageTitle } from '../../../components/ui/page-title';
import { Pager } from '../../../components/ui/pager';
import { QueryState } from '../../../components/ui/query-state';
import { countryName, formatDate } from '../../../lib/format';
import { useLanguage, useLocalized } from '../../../lib/use-language';
import { useProfiles } from '../api/partnering';
import { MarketplaceActions } from '../components/marketplace-actions';
import { NumberInputOnDemand } from '../../../components/ui/number-input-on-demand';
import { SelectOnDemand } from '../../../components/ui/select-on-demand';

/** The marketplace: published offers and requests, searchable in any of the three languages. */
export function MarketplacePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const localized = useLocalized();
  const [q, setQ] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [textLanguage, setTextLanguage] = useState<string | null>(null);
  const [trlMin, setTrlMin] = useState<number | ''>('');
  const [page, setPage] = useState(1);
  const profiles = useProfiles({ q: q || undefined, type: (type ?? undefined) as never, language: (textLanguage ?? undefined) as never, trlMin: trlMin === '' ? undefined : trlMin, page, pageSize: 20 });

  return (
    <>
      <PageTitle actions={<MarketplaceActions />}>{t('partnering.title')}</PageTitle>
      <Text c="dimmed" mb="md">{t('partnering.lead')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} mb="md">
        <TextInput label={t('partnering.search')} value={q} onChange={(e) => { setQ(e.currentTarget.value); setPage(1); }} />
        <SelectOnDemand label={t('partnering.type')} placeholder={t('partnering.anyType')} clearable value={type} onChange={(v) => { setType(v); setPage(1); }}
          data={profileTypes.map((value) => ({ value, label: t(`partnering.types.${value}`) }))} />
        <SelectOnDemand label={t('partnering.language')} placeholder={t('partnering.anyLanguage')} clearable value={textLanguage} onChange={(v) => { setTextLanguage(v); setPage(1); }}
          data={textLanguages.map((value) => ({ value, label: t(`language.${value}`) }))} />
        <NumberInputOnDemand label={t('partnering.trlMin')} min={1} max={9} value={trlMin} onChange={(v) => { setTrlMin(typeof v === 'number' ? v : ''); setPage(1); }} />
      </SimpleGrid>
      <QueryState query={profiles}>
        {(data) => (
          <Stack>
            {data.items.length === 0 && <Text>{t('partnering.nothing')}</Text>}
            {data.items.map((p) => (
              <Card key={p.id} withBorder padding="md" component="article">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/partnering/profiles/${p.id}`} fw={600} lang={p.language}>{p.title}</Anchor>
                  <Badge variant="light">{t(`partnering.types.${p.type}`)}</Badge>
                </Group>
                <Text size="sm" mt={4} lang={p.language}>{p.summary}</Text>
                <Group gap="xs" mt="xs" wrap="wrap">
                  <Text size="sm" c="dimmed">{p.organization ? localized(p.organization.name) : t('partnering.anonymousOwner')} · {countryName(p.country, language)}</Text>
                  {p.trl && <Badge variant="outline" color="gray">{t('partnering.trl', { trl: p.trl })}</Badge>}
                  {p.directions.map((d) => <Badge key={d.id} variant="outline">{localized(d.label)}</Badge>)}
                  {p.expiresOn && <Text size="xs" c="dimmed">{t('partnering.expires', { date: formatDate(p.expiresOn, language) })}</Text>}
                </Group>
              </Card>
            ))}
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onChange={setPage} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
