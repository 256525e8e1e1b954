import type { z } from 'zod';
import { fieldIssueMessages, type FieldIssueKind } from '../../shared/errors';
import type { Language } from '../../shared/languages';

/**
 * Checks a form against the same Zod schema the server uses and words the problems like the
 * server would, so a person gets the same message before and after sending.
 */
export function validateForm<Schema extends z.ZodType>(
  schema: Schema,
  values: unknown,
  language: Language,
): { data: z.infer<Schema>; fields: null } | { data: null; fields: Record<string, string> } {
  const result = schema.safeParse(values);
  if (result.success) return { data: result.data, fields: null };
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    // A custom refinement names its kind in params (e.g. invalid_identifier), as the server reads it.
    const customKind = issue.code === 'custom' ? (issue.params as { kind?: unknown } | undefined)?.kind : undefined;
    const named = typeof customKind === 'string' ? customKind : issue.code;
    const kind: FieldIssueKind = named in fieldIssueMessages ? (named as FieldIssueKind) : 'custom';
    const path = issue.path.map(String).join('.');
    fields[path] ??= fieldIssueMessages[kind][language];
  }
  return { data: null, fields };
}
