import { useMemo, type Ref, type RefCallback } from 'react';

/**
 * One ref callback that sets several refs: the hook Mantine's ScrollArea asks floating-ui for. The
 * build hands the ScrollArea this one instead (vite.config.ts), so a page with a table or a
 * scrolling list does not fetch floating-ui for it (ADR 042). Written for React 19: the callback
 * returns a cleanup, which React calls when the element goes, and which undoes each ref.
 */
export function useMergeRefs<Instance>(refs: (Ref<Instance> | undefined)[]): RefCallback<Instance> | null {
  return useMemo(() => {
    if (refs.every((ref) => ref == null)) return null;
    return (instance: Instance | null) => {
      const undo = refs.map((ref) => setRef(ref, instance));
      return () => undo.forEach((step) => step());
    };
  }, refs); // the refs themselves are what it depends on
}

function setRef<Instance>(ref: Ref<Instance> | undefined, instance: Instance | null): () => void {
  if (ref == null) return () => {};
  if (typeof ref === 'function') {
    const cleanup = ref(instance);
    return typeof cleanup === 'function' ? cleanup : () => void ref(null);
  }
  ref.current = instance;
  return () => {
    ref.current = null;
  };
}
