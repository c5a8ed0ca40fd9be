export * from './periods';
export * from './typology';
export * from './drop-off';
export * from './narratives';
export * from './parameters';
