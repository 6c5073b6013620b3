// Generated from the served OpenAPI document by `npm run openapi:types`.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness check
         * @description Answers without an API key and without touching the database, so it only says that the Worker runs; it has no other answer to document.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List periods
         * @description The team's periods that overlap the range, bounds inclusive, ordered by start_date then id. Lists are cached at the edge, so one may lag a change in the data by the cache lifetime.
         */
        get: operations["listPeriods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/periods/{period_id}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the actions of a period
         * @description The actions of one period of your team, ordered by periodActionId, with the requested form fields and a note for each requested field an action lacks.
         */
        get: operations["listPeriodActions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "message": "Period not found"
         *     }
         */
        Error: {
            /** @description What went wrong, for a person. */
            message: string;
        };
        /**
         * @example {
         *       "status": "ok"
         *     }
         */
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        /**
         * @example {
         *       "periods": [
         *         {
         *           "id": 1,
         *           "name": "Example Period",
         *           "start_date": "2024-07-18T18:30:00.000Z",
         *           "end_date": "2024-07-18T20:30:00.000Z",
         *           "created_at": "2024-07-18T19:26:16.624Z",
         *           "updated_at": "2024-07-26T06:02:03.257Z",
         *           "markers": [
         *             {
         *               "name": "Example Period Marker",
         *               "timestamp": "2024-07-18T18:40:00.000Z"
         *             }
         *           ]
         *         }
         *       ]
         *     }
         */
        PeriodList: {
            periods: components["schemas"]["Period"][];
        };
        /**
         * @example {
         *       "id": 1,
         *       "name": "Example Period",
         *       "start_date": "2024-07-18T18:30:00.000Z",
         *       "end_date": "2024-07-18T20:30:00.000Z",
         *       "created_at": "2024-07-18T19:26:16.624Z",
         *       "updated_at": "2024-07-26T06:02:03.257Z",
         *       "markers": [
         *         {
         *           "name": "Example Period Marker",
         *           "timestamp": "2024-07-18T18:40:00.000Z"
         *         }
         *       ]
         *     }
         */
        Period: {
            id: number;
            name: string;
            /**
             * Format: date-time
             * @description The first instant of the period.
             * @example 2024-07-18T18:30:00.000Z
             */
            start_date: string;
            /**
             * Format: date-time
             * @description The last instant of the period, inclusive.
             * @example 2024-07-18T18:30:00.000Z
             */
            end_date: string;
            /**
             * Format: date-time
             * @description A UTC instant with millisecond precision.
             * @example 2024-07-18T18:30:00.000Z
             */
            created_at: string;
            /**
             * Format: date-time
             * @description When any field last changed.
             * @example 2024-07-18T18:30:00.000Z
             */
            updated_at: string;
            /** @description The period markers, ordered by timestamp; empty when there are none. */
            markers: components["schemas"]["Marker"][];
        };
        /**
         * @example {
         *       "name": "Example Period Marker",
         *       "timestamp": "2024-07-18T18:40:00.000Z"
         *     }
         */
        Marker: {
            /** @description Unique within its period. */
            name: string;
            /**
             * Format: date-time
             * @description A UTC instant with millisecond precision.
             * @example 2024-07-18T18:30:00.000Z
             */
            timestamp: string;
        };
        /**
         * @example {
         *       "actions": [
         *         {
         *           "periodId": 1234,
         *           "periodName": "24-08",
         *           "periodActionId": 3,
         *           "actionId": 91011,
         *           "classification": "Example Classification",
         *           "subClassification": "Example Sub-Classification",
         *           "status": "canceled",
         *           "createdTime": "2024-08-02T12:23:05.471Z",
         *           "assignedTime": "2024-08-02T14:00:00.000Z",
         *           "doingTime": "2024-08-03T09:00:00.000Z",
         *           "closedTime": "2024-08-04T16:00:00.000Z",
         *           "createdByUserName": "Example User",
         *           "periodMarker": "Example Period Marker",
         *           "assignedUserNames": [
         *             "Example User 1",
         *             "Example User 2"
         *           ],
         *           "channel": "Example Channel",
         *           "formType": "Example Type",
         *           "latestChannel": "Latest Routed Channel",
         *           "aiDispatched": false
         *         }
         *       ]
         *     }
         */
        ActionList: {
            actions: components["schemas"]["Action"][];
        };
        /**
         * @example {
         *       "periodId": 1234,
         *       "periodName": "24-08",
         *       "periodActionId": 3,
         *       "actionId": 91011,
         *       "classification": "Example Classification",
         *       "subClassification": "Example Sub-Classification",
         *       "status": "canceled",
         *       "createdTime": "2024-08-02T12:23:05.471Z",
         *       "assignedTime": "2024-08-02T14:00:00.000Z",
         *       "doingTime": "2024-08-03T09:00:00.000Z",
         *       "closedTime": "2024-08-04T16:00:00.000Z",
         *       "createdByUserName": "Example User",
         *       "periodMarker": "Example Period Marker",
         *       "assignedUserNames": [
         *         "Example User 1",
         *         "Example User 2"
         *       ],
         *       "channel": "Example Channel",
         *       "formType": "Example Type",
         *       "latestChannel": "Latest Routed Channel",
         *       "aiDispatched": false
         *     }
         */
        Action: {
            periodId: number;
            periodName: string;
            /** @description The number of this action within the period. */
            periodActionId: number;
            /** @description The same in every period the action belongs to. */
            actionId: number;
            classification: string | null;
            subClassification: string | null;
            /** @enum {string} */
            status: "created" | "assigned" | "doing" | "closed" | "canceled";
            /**
             * Format: date-time
             * @description When the action was created; null until then.
             * @example 2024-07-18T18:30:00.000Z
             */
            createdTime: string | null;
            /**
             * Format: date-time
             * @description When the action was assigned; null until then.
             * @example 2024-07-18T18:30:00.000Z
             */
            assignedTime: string | null;
            /**
             * Format: date-time
             * @description When the action was started; null until then.
             * @example 2024-07-18T18:30:00.000Z
             */
            doingTime: string | null;
            /**
             * Format: date-time
             * @description When the action was closed; null until then.
             * @example 2024-07-18T18:30:00.000Z
             */
            closedTime: string | null;
            createdByUserName: string | null;
            /** @description The name of the period marker the action is attached to, if any. */
            periodMarker: string | null;
            /** @description Assignees in assignment order; empty when nobody is assigned. */
            assignedUserNames: string[];
            channel: string | null;
            formType: string | null;
            latestChannel: string | null;
            aiDispatched: boolean;
            /**
             * @description Only with form_fields: each requested field that the action has.
             * @example {
             *       "Priority": "High",
             *       "Seats": 4
             *     }
             */
            formFields?: {
                [key: string]: unknown;
            };
            /**
             * @description Only with form_fields: one note for each requested field the action lacks.
             * @example [
             *       "Form field \"Region\" not found for this action."
             *     ]
             */
            notes?: string[];
        };
    };
    responses: {
        /** @description The body has not changed since the ETag given in If-None-Match. No body. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The API key is missing, malformed, unknown or revoked. */
        Unauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WWW-Authenticate"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description An unexpected failure. Its details go to the service log, never to the body. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The database cannot take the query now; retry after Retry-After seconds. */
        Unavailable: {
            headers: {
                "Retry-After": components["headers"]["Retry-After"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description Identifies this body. Send it back in If-None-Match to get a 304 while unchanged.
         * @example "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"
         */
        ETag: string;
        /**
         * @description Always private: the answer depends on the API key, so no shared cache may keep it.
         * @example private
         */
        "Cache-Control": "private";
        /**
         * @description HIT when the list came from the edge cache, MISS when it was read from the database.
         * @example MISS
         */
        "X-Cache": "HIT" | "MISS";
        /**
         * @description Seconds to wait before trying again.
         * @example 5
         */
        "Retry-After": number;
        /**
         * @description The Bearer challenge, sent with every 401.
         * @example Bearer realm="periods-api"
         */
        "WWW-Authenticate": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Worker is running. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    listPeriods: {
        parameters: {
            query?: {
                /**
                 * @description Only periods that end at or after this instant. Accepted forms: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM], e.g. 2024-01-01T01:01:00.000Z. A date alone is midnight UTC, a time without zone is UTC, a fraction is cut to milliseconds. In a URL, send the + of a positive offset as %2B: a bare + reads as a space.
                 * @example 2024-07-18
                 */
                start_date?: string;
                /**
                 * @description Only periods that start at or before this instant. Accepted forms: YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|-HH:MM], e.g. 2024-01-01T01:01:00.000Z. A date alone is midnight UTC, a time without zone is UTC, a fraction is cut to milliseconds. In a URL, send the + of a positive offset as %2B: a bare + reads as a space.
                 * @example 2024-07-18T23:59:59.999Z
                 */
                end_date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The matching periods; an empty list when none match. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Cache": components["headers"]["X-Cache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description A date is malformed or the range is inverted. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
    listPeriodActions: {
        parameters: {
            query?: {
                /** @description Custom form fields to add to each action. Four spellings name the same list: a URL-encoded JSON array (form_fields=%5B%22Priority%22%2C%22Region%22%5D), repeated keys (form_fields=Priority&form_fields=Region), bracket keys (form_fields[]=Priority&form_fields[]=Region) or one plain name (form_fields=Priority). A single value that starts with [ or { is read as JSON; with repeated keys every value is a name. Duplicates count once and an empty JSON array means no form fields. At most 100 names of 1 to 200 characters; anything else is a 400, and so are indexed keys (form_fields[0]=...) and broken percent escapes. */
                form_fields?: string | string[];
                /**
                 * @description The bracket spelling of form_fields: every value is one name.
                 * @example [
                 *       "Priority",
                 *       "Region"
                 *     ]
                 */
                "form_fields[]"?: string | string[];
            };
            header?: never;
            path: {
                /**
                 * @description The id of one of your team's periods: decimal digits only, at most 9007199254740991.
                 * @example 1234
                 */
                period_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actions of the period; an empty list when it has none. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionList"];
                };
            };
            304: components["responses"]["NotModified"];
            /** @description period_id or form_fields is invalid. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No period with this id belongs to your team. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["Unavailable"];
        };
    };
}
