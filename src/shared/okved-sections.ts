/** The sections of ОКВЭД2, which are the sections of NACE Rev. 2 (A–U). */
export const okvedSections = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U'] as const;
export type OkvedSection = (typeof okvedSections)[number];
