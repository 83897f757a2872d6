export * from './ids.ts';
export * from './enums.ts';
export * from './actor.ts';
export * from './records.ts';
