import type { Flow } from '@/lib/edge/flow'
import { broken } from './broken'
import { client } from './client'
import { forward } from './forward'
import { redirect } from './redirect'
import type { RefreshStrategy } from './types'

export const strategies: Record<Flow, RefreshStrategy> = { broken, forward, redirect, client }
