export * from './share-link.ts';
