import type { Concept } from './concepts';
import { biotechTerms } from './terms-biotech';
import { energyTerms } from './terms-energy';
import { itTerms } from './terms-it';
import { materialsTerms } from './terms-materials';
import { industryTerms } from './terms-industry';
import { medicineTerms } from './terms-medicine';
import { lifescienceTerms } from './terms-lifescience';
import { agrifoodTerms } from './terms-agrifood';
import { softwareTerms } from './terms-software';
import { dataAiTerms } from './terms-data-ai';
import { electronicsTerms } from './terms-electronics';
import { telecomSecurityTerms } from './terms-telecom-security';
import { creativeTerms } from './terms-creative';
import { powerTerms } from './terms-power';
import { miningTerms } from './terms-mining';
import { logisticsTerms } from './terms-logistics';
import { constructionTerms } from './terms-construction';
import { arcticTerms } from './terms-arctic';
import { educationTerms } from './terms-education';
import { machineryTerms } from './terms-machinery';
import { chemistryTerms } from './terms-chemistry';
import { environmentTerms } from './terms-environment';
import { businessTerms } from './terms-business';
import { advancedMaterialsTerms } from './terms-advanced-materials';
import { vehiclesTerms } from './terms-vehicles';
import { servicesTerms } from './terms-services';

/**
 * Curated terms, one line per concept: `english; synonyms | русский; синонимы | 中文；同义词`.
 * The first English term names the concept. Lines are grouped by domain in the terms-*.ts files.
 */
const domains: Record<string, string> = {
  biotech: biotechTerms,
  materials: materialsTerms,
  it: itTerms,
  energy: energyTerms,
  industry: industryTerms,
  medicine: medicineTerms,
  lifescience: lifescienceTerms,
  agrifood: agrifoodTerms,
  software: softwareTerms,
  'data-ai': dataAiTerms,
  electronics: electronicsTerms,
  telecom: telecomSecurityTerms,
  creative: creativeTerms,
  power: powerTerms,
  mining: miningTerms,
  logistics: logisticsTerms,
  construction: constructionTerms,
  arctic: arcticTerms,
  education: educationTerms,
  machinery: machineryTerms,
  chemistry: chemistryTerms,
  environment: environmentTerms,
  business: businessTerms,
  'advanced-materials': advancedMaterialsTerms,
  vehicles: vehiclesTerms,
  services: servicesTerms,
};

const split = (cell: string | undefined) => (cell ?? '').split(/[;；]/u).map((term) => term.trim()).filter(Boolean);

export function parseTerms(domain: string, table: string): Concept[] {
  return table.split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#')).map((line) => {
    const [en, ru, zh] = line.split('|');
    const english = split(en);
    if (!english.length || !split(ru).length || !split(zh).length) throw new Error(`Glossary line without three languages: ${line}`);
    return { id: `${domain}:${english[0]!.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`, domain, en: english, ru: split(ru), zh: split(zh) };
  });
}

export function curatedConcepts(): Concept[] {
  return Object.entries(domains).flatMap(([domain, table]) => parseTerms(domain, table));
}
