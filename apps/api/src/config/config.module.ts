/** Injection token for the AppConfig loaded at boot. */
export const APP_CONFIG = Symbol('APP_CONFIG');
