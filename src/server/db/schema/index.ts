export * from './identity';
export * from './audit';
export * from './registry';
export * from './agreements';
export * from './indicators';
