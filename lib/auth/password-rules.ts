/** Password length limits, shared by forms (client) and the server. */
export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;
