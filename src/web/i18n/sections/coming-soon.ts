import { defineSection } from '../define-section';

export const comingSoon = defineSection({
  ru: {
    title: '{{section}}: скоро',
    lead: 'Этот раздел в разработке. Вот что в нём появится:',
    projects: 'Портфель, программы и проекты по ПП 1288: паспорт, показатели, результаты, контрольные точки, бюджет, риски, отчёты о ходе и запросы на изменения.',
    partnering: 'Профили предложений и запросов на трёх языках, подбор пар с объяснением, заявки об интересе, знакомства и воронка результатов.',
    infrastructure: 'Каталог инфраструктуры парков: офисы, склады, производственные площадки, земельные участки, гостиницы и жильё — с площадью, ценой и условиями.',
    events: 'Визиты, делегации, форумы и сессии деловых встреч: участники, программа, встречи один на один и подписанные соглашения.',
    back: 'Вернуться к обзору',
  },
  en: {
    title: '{{section}}: coming soon',
    lead: 'This section is being built. Here is what it will hold:',
    projects: 'Portfolio, programs and projects per Government Decree 1288: passport, indicators, results, control points, budget, risks, monitoring reports and change requests.',
    partnering: 'Offer and request profiles in three languages, explained matches, expressions of interest, introductions and the outcome funnel.',
    infrastructure: 'The parks’ infrastructure catalog: offices, warehouses, production sites, land plots, hotels and housing, with area, price and conditions.',
    events: 'Visits, delegations, forums and brokerage sessions: participants, agenda, one-to-one meetings and the agreements signed there.',
    back: 'Back to the dashboard',
  },
  zh: {
    title: '{{section}}：即将推出',
    lead: '此栏目正在建设中，将包含以下内容：',
    projects: '按第1288号政府令管理的项目组合、计划和项目：项目护照、指标、成果、控制节点、预算、风险、监测报告和变更申请。',
    partnering: '三种语言的供需档案、附理由的匹配推荐、合作意向、引荐和成果漏斗。',
    infrastructure: '园区基础设施目录：办公室、仓库、生产场地、土地、酒店和住房，附面积、价格和条件。',
    events: '访问、代表团、论坛和对接会：参与者、议程、一对一会谈以及现场签署的协议。',
    back: '返回概览',
  },
});
