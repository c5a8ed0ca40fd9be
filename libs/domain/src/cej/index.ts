export * from './money';
export * from './contract';
export * from './planning';
export * from './allowance';
export * from './positioning';
export * from './booklet';
export * from './digital';
export * from './breach-suggestion';
