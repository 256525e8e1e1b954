import type { FordCode } from '../../../../shared/ford';
import type { OkvedSection } from '../../../../shared/okved-sections';

type Trilingual = { ru: string; en: string; zh: string };

/**
 * One direction of the curated taxonomy. `ford` is the OECD Fields of R&D (Frascati 2015) field the
 * direction's research belongs to; `okved` is the ОКВЭД2 / NACE Rev. 2 section when the direction is
 * an industry (null for fields that are research or policy rather than a kind of business).
 */
export type DirectionEntry = {
  code: string;
  parent: string | null;
  ford: FordCode;
  okved: OkvedSection | null;
  label: Trilingual;
  description: Trilingual;
};

/** Keeps the code and parent as literal types, so that the demo world can only name existing codes. */
export function direction<const Code extends string, const Parent extends string | null>(
  code: Code,
  parent: Parent,
  ford: FordCode,
  okved: OkvedSection | null,
  label: Trilingual,
  description: Trilingual,
) {
  return { code, parent, ford, okved, label, description };
}
