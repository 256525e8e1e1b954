import { beforeAll, describe, expect, it } from 'vitest';
import { extractAgreements } from './agreement-extraction';
import { mapToTaxonomy } from './directions';
import { loadMorphology } from './morphology';
import { matchOrganization, prepareCandidate } from './organization-matching';
import { withGuillemets } from './parties';
import { nominativeOf, personNameOf } from './phrases';
import { normalizePressText } from './press-text';
import { splitSentences } from './sentences';

beforeAll(() => loadMorphology());

describe('the press-release reader, word by word', () => {
  it('puts the head of an organization name and its adjectives in the nominative, leaving the tail and quotes', () => {
    expect(nominativeOf('администрацией белорусско-китайского индустриального парка "Великий камень"', ['ablt'])).toBe('администрация белорусско-китайского индустриального парка "Великий камень"');
    expect(nominativeOf('Северо-Восточным федеральным университетом', ['ablt'])).toBe('Северо-Восточный федеральный университет');
    expect(nominativeOf('Центра управления проектами НОЦ «Север»', ['gent'])).toBe('Центр управления проектами НОЦ «Север»');
    expect(nominativeOf('высоких технологий', ['gent'])).toBe('высокие технологии');
  });

  it('reads a personal name in the case and gender its words share, the position deciding a tie', () => {
    expect(personNameOf(['Евгения', 'Колганова'], ['gent']).name).toBe('Евгений Колганов');
    expect(personNameOf(['Марией', 'Тимофеевой']).name).toBe('Мария Тимофеева');
    expect(personNameOf(['Александр', 'Ярошенко']).name).toBe('Александр Ярошенко');
  });

  it('splits sentences but not at initials or abbreviations', () => {
    expect(splitSentences('Документ подписал М. К. Иванов. Встреча прошла в г. Якутске. Итоги подведут позже.').map((s) => s.text))
      .toEqual(['Документ подписал М. К. Иванов.', 'Встреча прошла в г. Якутске.', 'Итоги подведут позже.']);
  });

  it('reduces HTML to its text, scripts and comments dropped', () => {
    expect(normalizePressText('<p>ИТ-парк &laquo;Север&raquo;</p><!-- x --><script>alert(1)</script><p>второй&nbsp;абзац</p>')).toEqual({ text: 'ИТ-парк «Север»\nвторой абзац', wasHtml: true });
  });

  it('closes straight quotes as guillemets', () => {
    expect(withGuillemets('Администрация "Китайско-Белорусского индустриального парка "Великий камень"')).toBe('Администрация «Китайско-Белорусского индустриального парка «Великий камень»»');
  });

  it('maps a direction as written to the taxonomy, a list item to one direction', () => {
    expect(mapToTaxonomy('новые компоненты и материалы')?.code).toBe('new_materials');
    expect(mapToTaxonomy('креативные индустрии')?.code).toBe('creative_industries');
    expect(mapToTaxonomy('поддержка экспорта')).toBeNull();
  });

  it('matches a party by abbreviation, oblique case or quoted name, and proposes a new one otherwise', () => {
    const registry = [
      { id: 'htp', names: ['Государственное учреждение «Администрация Парка высоких технологий»', 'Парк высоких технологий'], country: 'BY' },
      { id: 'fund', names: ['Фонд развития инноваций Республики Саха (Якутия)'], country: 'RU' },
      { id: 'stone', names: ['Администрация Китайско-Белорусского индустриального парка «Великий камень»'], country: 'BY' },
    ].map(prepareCandidate);
    expect(matchOrganization('ПВТ', registry).organizationId).toBe('htp');
    expect(matchOrganization('ФРИ', registry).organizationId).toBe('fund');
    expect(matchOrganization('Администрация белорусско-китайского парка «Великий камень»', registry)).toMatchObject({ status: 'matched', organizationId: 'stone' });
    expect(matchOrganization('ООО «Альфа-Тех»', registry)).toMatchObject({ status: 'new', organizationId: null });
  });

  it('reads two agreements, and none from a text that only mentions one', () => {
    const text = 'СВФУ и Технопарк «Якутия» подписали меморандум. Основными направлениями сотрудничества станут биотехнологии. Также ИТ-парк заключил соглашение с компанией «Альфа». Напомним, парк создан на основе межправительственного соглашения.';
    expect(extractAgreements(text).map((a) => [a.kind.value, a.parties.map((p) => p.name)])).toEqual([
      ['memorandum', ['СВФУ', 'Технопарк «Якутия»']],
      ['cooperation_agreement', ['ИТ-парк', 'Компания «Альфа»']],
    ]);
    expect(extractAgreements('Парк создан на основе межправительственного соглашения между Беларусью и Китаем.')).toEqual([]);
  });

  it('dates a signing relative to the publication', () => {
    const [agreement] = extractAgreements('Вчера СВФУ и ИТ-парк подписали соглашение.', '2025-03-18');
    expect(agreement?.signedOn?.value).toBe('2025-03-17');
  });
});
