export * from './roles';
export * from './structures';
export * from './permissions';
