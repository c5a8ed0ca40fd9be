export * from './roles';
export * from './structures';
export * from './permissions';
export * from './dates';
export * from './participants';
export * from './plie';
export * from './passwords';
export * from './reports';
