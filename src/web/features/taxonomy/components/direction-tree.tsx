import { ActionIcon, Badge, Box, Group, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconDots } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaxonomyDirection } from '../../../../shared/contracts/taxonomy';
import { isFordCode, fordFields } from '../../../../shared/ford';
import { okvedSectionNames } from '../../../../shared/okved-sections';
import { useLanguage } from '../../../lib/use-language';
import type { DirectionNode } from './direction-tree-model';

export type DirectionAction = 'edit' | 'createChild' | 'toggleActive' | 'delete';

type DirectionTreeProps = {
  roots: readonly DirectionNode[];
  isExpanded: (id: string) => boolean;
  onToggle: (id: string) => void;
  onAction: (action: DirectionAction, direction: TaxonomyDirection) => void;
};

/**
 * The hierarchy as nested lists: each level is a list a screen reader announces with its size, and
 * each branch has a disclosure button. (An ARIA tree widget would need its own keyboard model.)
 */
export function DirectionTree({ roots, isExpanded, onToggle, onAction }: DirectionTreeProps) {
  const { t } = useTranslation();
  return (
    <Box component="ul" aria-label={t('taxonomy.treeLabel')} p={0} m={0} style={{ listStyle: 'none' }}>
      {roots.map((node) => (
        <DirectionItem key={node.direction.id} node={node} depth={0} isExpanded={isExpanded} onToggle={onToggle} onAction={onAction} />
      ))}
    </Box>
  );
}

type DirectionItemProps = Omit<DirectionTreeProps, 'roots'> & { node: DirectionNode; depth: number };

function DirectionItem({ node, depth, isExpanded, onToggle, onAction }: DirectionItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { direction, children } = node;
  const name = direction.label[language];
  const open = children.length > 0 && isExpanded(direction.id);
  const listId = `direction-children-${direction.id}`;
  return (
    <li data-direction-code={direction.code}>
      <Group gap="xs" wrap="nowrap" align="flex-start" py={6} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
        {children.length > 0 ? (
          <ActionIcon
            variant="subtle"
            color="dark"
            size="sm"
            mt={2}
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            aria-label={open ? t('taxonomy.collapse', { name }) : t('taxonomy.expand', { name })}
            onClick={() => onToggle(direction.id)}
          >
            {open ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
          </ActionIcon>
        ) : (
          <Box w={22} style={{ flexShrink: 0 }} />
        )}
        <Box style={{ flex: 1, minWidth: 0 }}>
          <Text fw={depth === 0 ? 650 : 500} c={direction.active ? undefined : 'gray.7'} style={{ overflowWrap: 'anywhere' }}>
            {name}
          </Text>
          <Group gap={6} mt={2} wrap="wrap">
            <Text size="xs" c="gray.7" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {direction.code}
            </Text>
            {direction.fordCode && (
              <Badge size="sm" variant="filled" color="indigo.9" tt="none" title={isFordCode(direction.fordCode) ? fordFields[direction.fordCode][language] : undefined}>
                {t('taxonomy.ford', { code: direction.fordCode })}
              </Badge>
            )}
            {direction.okvedSection && (
              <Badge size="sm" variant="filled" color="teal.9" tt="none" title={okvedSectionNames[direction.okvedSection][language]}>
                {t('taxonomy.okved', { section: direction.okvedSection })}
              </Badge>
            )}
            {!direction.active && (
              <Badge size="sm" variant="filled" color="gray.7" tt="none">
                {t('taxonomy.inactive')}
              </Badge>
            )}
            {direction.usage && (direction.usage.organizations > 0 || direction.usage.agreements > 0) && (
              <Text size="xs" c="gray.7">
                {t('taxonomy.usage', direction.usage)}
              </Text>
            )}
          </Group>
        </Box>
        <Menu position="bottom-end">
          <Menu.Target>
            <ActionIcon variant="subtle" color="dark" aria-label={t('taxonomy.actionsFor', { name })}>
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => onAction('edit', direction)}>{t('common.edit')}</Menu.Item>
            <Menu.Item onClick={() => onAction('createChild', direction)} disabled={!direction.active}>
              {t('taxonomy.createChild')}
            </Menu.Item>
            <Menu.Item onClick={() => onAction('toggleActive', direction)}>
              {direction.active ? t('taxonomy.deactivate') : t('taxonomy.activate')}
            </Menu.Item>
            <Menu.Item color="red.8" onClick={() => onAction('delete', direction)}>
              {t('taxonomy.delete')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {open && (
        <Box component="ul" id={listId} pl={{ base: 'sm', sm: 'lg' }} m={0} style={{ listStyle: 'none' }}>
          {children.map((child) => (
            <DirectionItem key={child.direction.id} node={child} depth={depth + 1} isExpanded={isExpanded} onToggle={onToggle} onAction={onAction} />
          ))}
        </Box>
      )}
    </li>
  );
}
