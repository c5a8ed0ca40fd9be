export * from './enums';
export * from './deadlines';
export * from './capacity';
export * from './absence';
export * from './immersion';
export * from './assessment';
export * from './scoring';
export * from './interview-cadence';
