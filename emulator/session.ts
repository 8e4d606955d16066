/**
 * Session and User. Session.getActiveUser().getEmail() is the configured user, or "" when unknown (the
 * reference: "If the security policies do not allow access to the user's identity, User.getEmail() returns
 * a blank string").
 */
import type { Api } from "./kernel";

/**
 * A user. `email` and `nickname` are also plain properties, as on the `user` of an edit event (logged events
 * show `"user":{"nickname":…,"email":…}`): reading them costs no call.
 */
export class UserApi {
  readonly nickname: string;

  constructor(readonly email: string) {
    this.nickname = email.split("@")[0] ?? "";
  }

  getEmail(): string {
    return this.email;
  }

  getUsername(): string {
    return this.email.split("@")[0] ?? "";
  }

  toString(): string {
    return this.email;
  }
}

export function userOf(api: Api, email: string): UserApi {
  return api.wrap(new UserApi(email), "User");
}

/** A stable pseudonymous key per user, as getTemporaryActiveUserKey provides. */
function userKey(email: string): string {
  let h = 2166136261;
  for (const ch of email) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  return `emu-${h.toString(36)}`;
}

export class SessionApi {
  constructor(private readonly api: Api) {}

  getActiveUser(): UserApi {
    return userOf(this.api, this.api.k.options.user);
  }

  getEffectiveUser(): UserApi {
    return userOf(this.api, this.api.k.options.user);
  }

  getScriptTimeZone(): string {
    return this.api.k.options.timeZone;
  }

  getActiveUserLocale(): string {
    return "en";
  }

  getTemporaryActiveUserKey(): string {
    return userKey(this.api.k.options.user);
  }
}
