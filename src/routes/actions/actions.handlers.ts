import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env';
import { findPeriodActions } from '../../db/queries/actions';
import { ApiError, MESSAGES } from '../../errors';
import type { listPeriodActions } from './actions.routes';
import { toActionResponses } from './actions.schemas';
import { parseFormFields, readFormFieldValues } from './form-fields';

export const listPeriodActionsHandler: RouteHandler<typeof listPeriodActions, AppEnv> = async (
  c,
) => {
  const { period_id: periodId } = c.req.valid('param');
  const formFieldNames = parseFormFields(readFormFieldValues(c.req.url));

  const found = await findPeriodActions(c.var.db, c.var.teamId, periodId, formFieldNames);
  if (!found) throw new ApiError(404, MESSAGES.periodNotFound);

  return c.json({ actions: toActionResponses(found, formFieldNames) }, 200);
};
