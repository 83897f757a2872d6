import { idParam } from '../shared-schema.ts';

/** Path of GET /api/accounts/{accountId}/coverage. */
export const coverageParams = idParam('accountId');
