import type { TokenSource } from '../token-source'
import { checkIdpAccessToken } from './access-token'
import { IDP_COOKIES } from './cookies'

/** Sessions whose tokens an identity provider issued: its cookies, its keys. */
export const IDP_TOKENS: TokenSource = { cookies: IDP_COOKIES, check: checkIdpAccessToken }
