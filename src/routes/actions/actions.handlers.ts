import type { RouteHandler } from '@hono/zod-openapi';
import type { AppEnv } from '../../app-env';
import { findPeriodActions } from '../../db/queries/actions';
import { ApiError, MESSAGES } from '../../errors';
import type { listPeriodActions } from './actions.routes';
import { toActionResponses } from './actions.schemas';
import { asList, parseFormFields } from './form-fields';

export const listPeriodActionsHandler: RouteHandler<typeof listPeriodActions, AppEnv> = async (
  c,
) => {
  const { period_id: periodId } = c.req.valid('param');
  const query = c.req.valid('query');
  const formFieldNames = parseFormFields([
    ...asList(query.form_fields),
    ...asList(query['form_fields[]']),
  ]);

  const found = await findPeriodActions(c.var.db, c.var.teamId, periodId, formFieldNames);
  if (!found) throw new ApiError(404, MESSAGES.periodNotFound);

  return c.json({ actions: toActionResponses(found, formFieldNames) }, 200);
};
