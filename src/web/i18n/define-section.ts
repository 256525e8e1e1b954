/**
 * One section of the interface texts, in all three languages side by side, so a new key is added
 * once per language in the same place. Russian is the source: English and Chinese must have its
 * exact shape (checked by the compiler here and by i18n.test.ts at run time).
 */
type Tree = { [key: string]: string | Tree };
type SameShape<T> = { [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export interface Section<T extends Tree> {
  ru: T;
  en: SameShape<T>;
  zh: SameShape<T>;
}

export function defineSection<T extends Tree>(section: { ru: T; en: SameShape<NoInfer<T>>; zh: SameShape<NoInfer<T>> }): Section<T> {
  return section;
}
