export * from './events.ts';
export * from './retry.ts';
export * from './trust-shift.ts';
export * from './payload.ts';
