/** Size limits on what a spec or settings may ask for, so one request cannot exhaust a 6-minute execution. */

export const MAX_ROLES = 200;
export const MAX_INITIATIVES = 20_000;
/** Roles, initiative names and areas. */
export const MAX_NAME_LENGTH = 500;
/** Role names head a column: longer than this they would make the header row many lines tall. */
export const MAX_ROLE_NAME_LENGTH = 60;
/** The title becomes the sheet's name, which Sheets limits to 100 characters. */
export const MAX_TITLE_LENGTH = 100;
/** Validation stops listing problems after this many, so a bad 20,000-row spec returns a readable answer. */
export const MAX_REPORTED_ERRORS = 100;
