export * from './fields.ts';
export * from './presets.ts';
export * from './mapping.ts';
export * from './values.ts';
export * from './map-row.ts';
