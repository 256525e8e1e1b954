export * from './identity';
export * from './audit';
export * from './registry';
export * from './agreements';
export * from './indicators';
export * from './files';
export * from './imports';
export * from './reference';
