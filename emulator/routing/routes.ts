import { accountRoutes } from "../routes/account";
import { directoryRoutes } from "../routes/directory";
import { goalTargetRoutes } from "../routes/goal-targets/routes";
import { authorizeRoutes } from "../routes/oauth/authorize";
import { currentOAuthRoutes } from "../routes/oauth/current";
import { introspectionRoutes } from "../routes/oauth/introspect";
import { tokenRoutes } from "../routes/oauth/token";
import { pipelineRoutes } from "../routes/pipelines";
import type { Route } from "./context";

/** Every HubSpot-facing route, first match wins. */
export const hubspotRoutes: Route[] = [
  ...goalTargetRoutes,
  ...directoryRoutes,
  ...pipelineRoutes,
  ...accountRoutes,
  ...authorizeRoutes,
  ...tokenRoutes,
  ...introspectionRoutes,
  ...currentOAuthRoutes,
];
