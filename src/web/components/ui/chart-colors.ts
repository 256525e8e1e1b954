/** The color of axis labels in every chart of the app, in a module of its own so that a chart drawn without ECharts does not load it. */
export const axisColor = '#343a40';
