// Typed errors with stable codes: callers branch on `code`, people read `message`.
export type AuthErrorCode =
  | 'ERR_AUTH_CONFIG'
  | 'ERR_STORE_UNAVAILABLE'
  | 'ERR_PROVIDER_UNAVAILABLE'

export class AuthError extends Error {
  constructor(
    readonly code: AuthErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'AuthError'
  }
}

export class ConfigError extends AuthError {
  constructor(message: string) {
    super('ERR_AUTH_CONFIG', message)
    this.name = 'ConfigError'
  }
}
