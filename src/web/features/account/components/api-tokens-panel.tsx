import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { createApiTokenInput } from '../../../../shared/contracts/auth';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { QueryState } from '../../../components/ui/query-state';
import { ScrollTable } from '../../../components/ui/scroll-table';
import { formatDateTime } from '../../../lib/format';
import { validateForm } from '../../../lib/form-errors';
import { useLanguage } from '../../../lib/use-language';
import { useCreateApiToken } from '../api/create-api-token';
import { useApiTokens } from '../api/list-api-tokens';
import { useRevokeApiToken } from '../api/revoke-api-token';
import { NewTokenNotice } from './new-token-notice';

export function ApiTokensPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const tokens = useApiTokens();
  const createToken = useCreateApiToken();
  const revokeToken = useRevokeApiToken();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | undefined>();

  function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateForm(createApiTokenInput, { name }, language);
    setNameError(checked.fields?.name);
    if (!checked.data) return;
    createToken.mutate(checked.data, { onSuccess: () => setName('') });
  }

  return (
    <Stack>
      <Text size="sm">{t('account.tokensLead')}</Text>
      <form onSubmit={submit} noValidate>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('account.tokenName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={nameError}
            required
            w={{ base: '100%', sm: 280 }}
          />
          <Button type="submit" loading={createToken.isPending}>
            {t('account.createToken')}
          </Button>
        </Group>
      </form>
      {createToken.isError && <ErrorAlert error={createToken.error} />}
      {createToken.data && <NewTokenNotice token={createToken.data.token} />}
      {revokeToken.isError && <ErrorAlert error={revokeToken.error} />}
      <QueryState query={tokens}>
        {(data) =>
          data.items.length === 0 ? (
            <Text size="sm">{t('account.noTokens')}</Text>
          ) : (
            <ScrollTable label={t('account.tokens')} minWidth={680}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('account.tokenName')}</Table.Th>
                  <Table.Th>{t('account.prefix')}</Table.Th>
                  <Table.Th>{t('account.createdAt')}</Table.Th>
                  <Table.Th>{t('account.lastUsedAt')}</Table.Th>
                  <Table.Th>{t('common.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.items.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>{token.name}</Table.Td>
                    <Table.Td>
                      <code>{token.prefix}…</code>
                    </Table.Td>
                    <Table.Td>{formatDateTime(token.createdAt, language)}</Table.Td>
                    <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('account.never')}</Table.Td>
                    <Table.Td>
                      {token.revokedAt ? (
                        <Text size="sm">
                          {t('account.revokedAt')}: {formatDateTime(token.revokedAt, language)}
                        </Text>
                      ) : (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          loading={revokeToken.isPending && revokeToken.variables === token.id}
                          onClick={() => revokeToken.mutate(token.id)}
                          aria-label={t('account.revokeToken', { name: token.name })}
                        >
                          {t('account.revoke')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </ScrollTable>
          )
        }
      </QueryState>
    </Stack>
  );
}
