/**
 * Checked by the compiler, never bundled (nothing imports it): every call of ServerApi, which the sidebar's
 * client is typed by, is exported by src/index.ts with a type the client may rely on. A server call renamed
 * or re-typed without its entry in src/core/api.ts fails `npm run typecheck` here.
 */
import type { ServerApi } from "./core/api";
import type * as Server from "./index";

type Implements<T extends ServerApi> = T;
export type ServerImplementsApi = Implements<Pick<typeof Server, keyof ServerApi>>;
