import { createRouter } from '../../openapi/create-router';
import { listPeriodsHandler } from './periods.handlers';
import { listPeriods } from './periods.routes';

export const periodsRouter = createRouter().openapi(listPeriods, listPeriodsHandler);
