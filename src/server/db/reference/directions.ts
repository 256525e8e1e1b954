import { sql } from 'drizzle-orm';
import type { Executor } from '../client';
import { directions } from '../schema/index';

/**
 * The direction taxonomy: the controlled vocabulary that organizations, agreements, partnering
 * profiles and projects are tagged with. It is reference data, not demo data: every installation
 * needs it, so `ensureDirections` runs at every start.
 *
 * Codes are flat snake_case and never change once published (imports, filters and links keep
 * them); the hierarchy lives in `parent`, so a direction can move without changing its code.
 * A parent is listed before its children.
 */
type DirectionEntry = {
  code: string;
  parent: string | null;
  ru: string;
  en: string;
  zh: string;
};

export const directionTaxonomy = [
  { code: 'biotechnology', parent: null, ru: 'Биотехнологии', en: 'Biotechnology', zh: '生物技术' },
  { code: 'agro_biotechnology', parent: 'biotechnology', ru: 'Агробиотехнологии', en: 'Agricultural biotechnology', zh: '农业生物技术' },
  { code: 'industrial_biotechnology', parent: 'biotechnology', ru: 'Промышленные биотехнологии', en: 'Industrial biotechnology', zh: '工业生物技术' },

  { code: 'new_materials', parent: null, ru: 'Новые компоненты и материалы', en: 'New components and materials', zh: '新型元器件与材料' },
  { code: 'composite_materials', parent: 'new_materials', ru: 'Композиционные материалы', en: 'Composite materials', zh: '复合材料' },
  { code: 'cold_climate_materials', parent: 'new_materials', ru: 'Материалы для холодного климата', en: 'Materials for cold climates', zh: '耐寒材料' },
  { code: 'electronic_components', parent: 'new_materials', ru: 'Электронная компонентная база', en: 'Electronic components', zh: '电子元器件' },

  { code: 'medicine', parent: null, ru: 'Медицина', en: 'Medicine', zh: '医学' },
  { code: 'pharmaceuticals', parent: 'medicine', ru: 'Фармацевтика', en: 'Pharmaceuticals', zh: '制药' },
  { code: 'medical_devices', parent: 'medicine', ru: 'Медицинские изделия', en: 'Medical devices', zh: '医疗器械' },
  { code: 'telemedicine', parent: 'medicine', ru: 'Телемедицина и цифровое здравоохранение', en: 'Telemedicine and digital health', zh: '远程医疗与数字健康' },
  { code: 'arctic_medicine', parent: 'medicine', ru: 'Арктическая медицина', en: 'Arctic medicine', zh: '北极医学' },

  { code: 'high_tech', parent: null, ru: 'Высокие технологии и ИТ', en: 'High technology and IT', zh: '高新技术与信息技术' },
  { code: 'software', parent: 'high_tech', ru: 'Разработка программного обеспечения', en: 'Software development', zh: '软件开发' },
  { code: 'artificial_intelligence', parent: 'high_tech', ru: 'Искусственный интеллект', en: 'Artificial intelligence', zh: '人工智能' },
  { code: 'cybersecurity', parent: 'high_tech', ru: 'Информационная безопасность', en: 'Cybersecurity', zh: '网络安全' },
  { code: 'data_and_cloud', parent: 'high_tech', ru: 'Большие данные и облачные сервисы', en: 'Big data and cloud services', zh: '大数据与云服务' },
  { code: 'fintech', parent: 'high_tech', ru: 'Финансовые технологии', en: 'Financial technology', zh: '金融科技' },
  { code: 'robotics', parent: 'high_tech', ru: 'Робототехника и беспилотные системы', en: 'Robotics and unmanned systems', zh: '机器人与无人系统' },
  { code: 'telecommunications', parent: 'high_tech', ru: 'Связь и телекоммуникации', en: 'Telecommunications', zh: '通信' },
  { code: 'geoinformatics', parent: 'high_tech', ru: 'Космические технологии и геоинформатика', en: 'Space technology and geoinformatics', zh: '航天技术与地理信息' },

  { code: 'creative_industries', parent: null, ru: 'Креативные индустрии', en: 'Creative industries', zh: '创意产业' },
  { code: 'cinema', parent: 'creative_industries', ru: 'Кинематограф', en: 'Cinema', zh: '电影' },
  { code: 'game_development', parent: 'creative_industries', ru: 'Разработка игр', en: 'Game development', zh: '游戏开发' },
  { code: 'design', parent: 'creative_industries', ru: 'Дизайн', en: 'Design', zh: '设计' },
  { code: 'music', parent: 'creative_industries', ru: 'Музыка и звукозапись', en: 'Music and sound recording', zh: '音乐与录音' },
  { code: 'animation', parent: 'creative_industries', ru: 'Анимация', en: 'Animation', zh: '动画' },
  { code: 'media_publishing', parent: 'creative_industries', ru: 'Медиа и издательское дело', en: 'Media and publishing', zh: '媒体与出版' },
  { code: 'folk_crafts', parent: 'creative_industries', ru: 'Народные художественные промыслы', en: 'Folk arts and crafts', zh: '民间工艺美术' },

  { code: 'energy', parent: null, ru: 'Энергетика', en: 'Energy', zh: '能源' },
  { code: 'renewable_energy', parent: 'energy', ru: 'Возобновляемая энергетика', en: 'Renewable energy', zh: '可再生能源' },
  { code: 'distributed_energy', parent: 'energy', ru: 'Малая и распределённая энергетика', en: 'Small-scale and distributed energy', zh: '小型与分布式能源' },

  { code: 'mining', parent: null, ru: 'Недропользование и горнодобывающая промышленность', en: 'Subsoil use and mining', zh: '矿产资源开发与采矿业' },
  { code: 'diamonds', parent: 'mining', ru: 'Добыча и обработка алмазов', en: 'Diamond mining and processing', zh: '金刚石开采与加工' },
  { code: 'precious_metals', parent: 'mining', ru: 'Золото и драгоценные металлы', en: 'Gold and precious metals', zh: '黄金与贵金属' },
  { code: 'rare_earths', parent: 'mining', ru: 'Редкие и редкоземельные металлы', en: 'Rare and rare-earth metals', zh: '稀有金属与稀土' },
  { code: 'oil_and_gas', parent: 'mining', ru: 'Нефть и газ', en: 'Oil and gas', zh: '石油天然气' },

  { code: 'manufacturing', parent: null, ru: 'Промышленность и машиностроение', en: 'Manufacturing and mechanical engineering', zh: '工业与机械制造' },
  { code: 'machinery', parent: 'manufacturing', ru: 'Машиностроение', en: 'Mechanical engineering', zh: '机械制造' },
  { code: 'chemistry', parent: 'manufacturing', ru: 'Химическая промышленность', en: 'Chemical industry', zh: '化学工业' },

  { code: 'agriculture_food', parent: null, ru: 'Сельское хозяйство и пищевая промышленность', en: 'Agriculture and food industry', zh: '农业与食品工业' },
  { code: 'northern_agriculture', parent: 'agriculture_food', ru: 'Северное оленеводство и традиционные промыслы', en: 'Reindeer herding and traditional trades of the North', zh: '北方驯鹿养殖与传统产业' },

  { code: 'logistics', parent: null, ru: 'Транспорт и логистика', en: 'Transport and logistics', zh: '交通运输与物流' },
  { code: 'arctic_logistics', parent: 'logistics', ru: 'Арктическая логистика и Северный морской путь', en: 'Arctic logistics and the Northern Sea Route', zh: '北极物流与北方海航道' },

  { code: 'ecology_arctic', parent: null, ru: 'Экология и освоение Арктики', en: 'Ecology and Arctic development', zh: '生态与北极开发' },
  { code: 'permafrost', parent: 'ecology_arctic', ru: 'Мерзлотоведение', en: 'Permafrost science', zh: '冻土学' },
  { code: 'climate_monitoring', parent: 'ecology_arctic', ru: 'Климат и экологический мониторинг', en: 'Climate and environmental monitoring', zh: '气候与环境监测' },

  { code: 'construction', parent: null, ru: 'Строительство в условиях Севера', en: 'Construction in northern conditions', zh: '北方寒区建筑' },

  { code: 'education', parent: null, ru: 'Образование и подготовка кадров', en: 'Education and workforce training', zh: '教育与人才培养' },
  { code: 'edtech', parent: 'education', ru: 'Образовательные технологии', en: 'Educational technology', zh: '教育科技' },

  { code: 'tourism', parent: null, ru: 'Туризм и гостеприимство', en: 'Tourism and hospitality', zh: '旅游与酒店业' },
] as const satisfies readonly DirectionEntry[];

export type DirectionCode = (typeof directionTaxonomy)[number]['code'];

/** Direction ids by code, as returned by `ensureDirections`. */
export type DirectionIds = ReadonlyMap<DirectionCode, string>;

/**
 * Inserts the taxonomy or brings its labels and hierarchy up to date; returns the id of every code.
 * Idempotent, so it is safe at every start. Codes that were dropped from the list are left in place:
 * organizations and agreements may still point to them.
 */
export async function ensureDirections(db: Executor): Promise<DirectionIds> {
  const ids = new Map<DirectionCode, string>();
  let pending: readonly DirectionEntry[] = directionTaxonomy;
  // One multi-row upsert per level of the tree: a child needs its parent's id.
  while (pending.length > 0) {
    const ready = pending.filter((entry) => entry.parent === null || ids.has(entry.parent as DirectionCode));
    if (ready.length === 0) {
      throw new Error(`Direction taxonomy has unknown parents: ${pending.map((entry) => entry.code).join(', ')}`);
    }
    const rows = await db
      .insert(directions)
      .values(
        ready.map((entry) => ({
          code: entry.code,
          parentId: entry.parent === null ? null : (ids.get(entry.parent as DirectionCode) ?? null),
          labelRu: entry.ru,
          labelEn: entry.en,
          labelZh: entry.zh,
        })),
      )
      .onConflictDoUpdate({
        target: directions.code,
        set: {
          parentId: sql`excluded.parent_id`,
          labelRu: sql`excluded.label_ru`,
          labelEn: sql`excluded.label_en`,
          labelZh: sql`excluded.label_zh`,
        },
      })
      .returning({ id: directions.id, code: directions.code });
    for (const row of rows) ids.set(row.code as DirectionCode, row.id);
    pending = pending.filter((entry) => !ids.has(entry.code as DirectionCode));
  }
  return ids;
}
