/** The vocabulary of the parks' infrastructure offer, shared by the server, the contracts and the web. */
export const infrastructureTypes = ['office', 'warehouse', 'production_building', 'production_site', 'land_plot', 'laboratory', 'hotel', 'housing', 'coworking'] as const;
export type InfrastructureType = (typeof infrastructureTypes)[number];

/** Available and reserved objects are the public offer; occupied ones are known to their park and the center only. */
export const infrastructureStatuses = ['available', 'reserved', 'occupied'] as const;
export type InfrastructureStatus = (typeof infrastructureStatuses)[number];
export const publicInfrastructureStatuses: readonly InfrastructureStatus[] = ['available', 'reserved'];

export const areaUnits = ['m2', 'ha'] as const;
export type AreaUnit = (typeof areaUnits)[number];
/** Square metres in one unit of area. */
export const squareMetresPer: Record<AreaUnit, number> = { m2: 1, ha: 10_000 };

export const utilityKinds = ['water', 'sewerage', 'gas', 'heating', 'rail_access', 'road_access', 'internet'] as const;
export const dealTypes = ['lease', 'sale', 'lease_or_sale'] as const;
export const currencies = ['BYN', 'USD', 'EUR', 'RUB', 'CNY'] as const;
/** What one price is for: a square metre, a hectare, the whole object, a room or a workplace. */
export const priceUnits = ['m2', 'ha', 'object', 'room', 'workplace'] as const;
export const pricePeriods = ['month', 'year', 'night', 'once'] as const;

/** new → in_progress (answered, options proposed) → resident_registered or declined (with its reason). */
export const investorRequestStatuses = ['new', 'in_progress', 'resident_registered', 'declined'] as const;
export type InvestorRequestStatus = (typeof investorRequestStatuses)[number];
export const investorRequestOutcomes = ['resident_registered', 'declined'] as const;
