import { Button, Group, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyDirection } from '../../../../shared/contracts/taxonomy';
import { PageTitle } from '../../../components/ui/page-title';
import { QueryState } from '../../../components/ui/query-state';
import { localizeError } from '../../../lib/api-errors';
import { useLanguage } from '../../../lib/use-language';
import { useTaxonomy } from '../api/list-taxonomy';
import { useUpdateDirection } from '../api/update-direction';
import { DeleteDirectionModal } from '../components/delete-direction-modal';
import { DirectionFormModal } from '../components/direction-form-modal';
import { DirectionTree, type DirectionAction } from '../components/direction-tree';
import { buildDirectionTree, countNodes, filterDirectionTree } from '../components/direction-tree-model';
import { notify } from '../../../components/ui/notify';

type Dialog =
  | { kind: 'create'; parentId: string | null }
  | { kind: 'edit'; direction: TaxonomyDirection }
  | { kind: 'delete'; direction: TaxonomyDirection }
  | null;

/** The administrator's view of the direction taxonomy: browse, filter, add, edit, move, retire. */
export function TaxonomyPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [includeInactive, setIncludeInactive] = useState(false);
  const taxonomy = useTaxonomy(includeInactive);
  const updateDirection = useUpdateDirection();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [dialog, setDialog] = useState<Dialog>(null);
  const items = useMemo(() => taxonomy.data?.items ?? [], [taxonomy.data]);
  const roots = useMemo(() => buildDirectionTree(items), [items]);
  const visible = useMemo(() => filterDirectionTree(roots, query), [roots, query]);
  // While filtering, every branch that leads to a match is open.
  const filtering = query.trim().length > 0;
  const isExpanded = (id: string) => filtering || expanded.has(id);

  function toggle(id: string) {
    const next = new Set(expanded);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setExpanded(next);
  }

  function act(action: DirectionAction, direction: TaxonomyDirection) {
    if (action === 'edit') setDialog({ kind: 'edit', direction });
    if (action === 'createChild') {
      setExpanded(new Set(expanded).add(direction.id));
      setDialog({ kind: 'create', parentId: direction.id });
    }
    if (action === 'delete') setDialog({ kind: 'delete', direction });
    if (action === 'toggleActive') {
      updateDirection.mutate(
        { id: direction.id, input: { active: !direction.active } },
        {
          onSuccess: () => notify(t('common.saved'), 'green'),
          onError: (error) => notify(localizeError(error, language, t('common.networkError')).message, 'red'),
        },
      );
    }
  }

  return (
    <>
      <PageTitle
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'create', parentId: null })}>
            {t('taxonomy.create')}
          </Button>
        }
      >
        {t('taxonomy.title')}
      </PageTitle>
      <Text size="sm" c="gray.7" mb="md" maw={720}>
        {t('taxonomy.intro')}
      </Text>
      <Group align="flex-end" gap="md" mb="md" wrap="wrap">
        <TextInput
          type="search"
          label={t('common.search')}
          placeholder={t('taxonomy.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w={{ base: '100%', sm: 340 }}
        />
        <Switch label={t('taxonomy.showInactive')} checked={includeInactive} onChange={(event) => setIncludeInactive(event.currentTarget.checked)} mb={8} />
        <Group gap="xs" mb={2}>
          <Button variant="default" size="xs" onClick={() => setExpanded(new Set(items.map((d) => d.id)))} disabled={filtering}>
            {t('taxonomy.expandAll')}
          </Button>
          <Button variant="default" size="xs" onClick={() => setExpanded(new Set())} disabled={filtering}>
            {t('taxonomy.collapseAll')}
          </Button>
        </Group>
      </Group>
      <QueryState query={taxonomy}>
        {() => (
          <>
            <Text size="sm" c="gray.7" mb="xs" role="status">
              {visible.length === 0 ? t('common.empty') : t('taxonomy.shown', { count: filtering ? countNodes(visible) : items.length })}
            </Text>
            <DirectionTree roots={visible} isExpanded={isExpanded} onToggle={toggle} onAction={act} />
          </>
        )}
      </QueryState>
      {dialog?.kind === 'create' && <DirectionFormModal all={items} parentId={dialog.parentId} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'edit' && <DirectionFormModal all={items} direction={dialog.direction} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'delete' && <DeleteDirectionModal direction={dialog.direction} onClose={() => setDialog(null)} />}
    </>
  );
}
