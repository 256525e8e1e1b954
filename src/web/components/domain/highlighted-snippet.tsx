import { Text } from '@mantine/core';
import type { Snippet } from '../../../shared/contracts/search';

/** The snippet as text with <mark> around the ranges the server found; no HTML comes from the server. */
export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of snippet.highlights) {
    if (start > at) parts.push({ text: snippet.text.slice(at, start), marked: false });
    parts.push({ text: snippet.text.slice(start, end), marked: true });
    at = end;
  }
  if (at < snippet.text.length) parts.push({ text: snippet.text.slice(at), marked: false });
  return (
    <Text size="sm" c="dimmed">
      {parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </Text>
  );
}
