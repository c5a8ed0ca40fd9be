export * from './path';
export * from './steps';
export * from './exit';
export * from './follow-up';
export * from './obstacles';
export * from './committee';
export * from './fse';
export * from './portfolio';
