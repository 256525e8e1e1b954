import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** The secret of a new token, shown this one time with a way to copy it. */
export function NewTokenNotice({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="green" variant="light" role="status">
      <Stack gap="xs">
        <Text size="sm">{t('account.tokenCreated')}</Text>
        <Group gap="xs" wrap="nowrap" align="center">
          <Code style={{ overflowWrap: 'anywhere' }} data-testid="new-api-token">
            {token}
          </Code>
          <CopyButton value={token}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant="outline"
                color={copied ? 'green.9' : 'blue.8'}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
              >
                {copied ? t('common.copied') : t('common.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Alert>
  );
}
