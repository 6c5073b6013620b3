import { ApiError, MESSAGES } from '../../errors';
import { createRouter } from '../../openapi/create-router';
import { listPeriodActionsHandler } from './actions.handlers';
import { listPeriodActions } from './actions.routes';

export const actionsRouter = createRouter()
  .openapi(listPeriodActions, listPeriodActionsHandler)
  // An empty id never reaches the route above, yet it is an invalid id, not an unknown path.
  .get('/periods//actions', () => {
    throw new ApiError(400, MESSAGES.invalidPeriodId);
  });
