// @ts-check
// Where the provider keeps its state (sessions, interactions, grants, codes, refresh tokens): this
// process's memory, in one store that every provider instance built here shares. oidc-provider's
// own in-memory adapter gives each instance a store of its own, which a key rotation (a new
// instance, see provider.mjs) would forget, and keeps at most 1000 entries, fewer than a bench run
// of refresh rotations leaves. An entry lives as long as oidc-provider says (`expiresIn`).
// The interface is oidc-provider's adapter (its docs: example/my_adapter.js).

/** @type {Map<string, { payload: Record<string, any>, expiresAt: number }>} keyed "<model>:<id>" */
const entries = new Map()
/** @type {Map<string, string>} a session's fixed uid → its current id (which changes) */
const sessionIds = new Map()
/** @type {Map<string, Set<string>>} a grant's id → the keys of what was issued under it */
const grantMembers = new Map()

/** @param {string} key */
function live(key) {
  const entry = entries.get(key)
  if (entry && entry.expiresAt <= Date.now()) entries.delete(key)
  return entries.get(key)
}

// Expired entries nobody asks for again (consumed refresh tokens, finished interactions) go too.
setInterval(() => {
  for (const key of entries.keys()) live(key)
  for (const [uid, id] of sessionIds) if (!entries.has(`Session:${id}`)) sessionIds.delete(uid)
  for (const [grantId, keys] of grantMembers) {
    for (const key of keys) if (!entries.has(key)) keys.delete(key)
    if (keys.size === 0) grantMembers.delete(grantId)
  }
}, 60_000).unref()

export class SharedMemoryAdapter {
  /** @param {string} model oidc-provider's model name: Session, Grant, RefreshToken, ... */
  constructor(model) {
    this.model = model
  }

  /** @param {string} id */
  key(id) {
    return `${this.model}:${id}`
  }

  /**
   * @param {string} id
   * @param {Record<string, any>} payload
   * @param {number | undefined} expiresIn seconds
   */
  async upsert(id, payload, expiresIn) {
    const key = this.key(id)
    entries.set(key, { payload, expiresAt: expiresIn === undefined ? Infinity : Date.now() + expiresIn * 1000 })
    if (this.model === 'Session') sessionIds.set(payload.uid, id)
    if (payload.grantId) {
      const keys = grantMembers.get(payload.grantId) ?? new Set()
      grantMembers.set(payload.grantId, keys.add(key))
    }
  }

  /** @param {string} id */
  async find(id) {
    return live(this.key(id))?.payload
  }

  /** @param {string} uid */
  async findByUid(uid) {
    const id = sessionIds.get(uid)
    return id === undefined ? undefined : this.find(id)
  }

  // Only the device flow looks codes up by user code, and it is off.
  async findByUserCode() {
    return undefined
  }

  /**
   * Marks a code or refresh token used; oidc-provider refuses (and for a refresh token, revokes
   * the grant) when it meets a consumed one again.
   * @param {string} id
   */
  async consume(id) {
    const entry = live(this.key(id))
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000)
  }

  /** @param {string} id */
  async destroy(id) {
    entries.delete(this.key(id))
  }

  /**
   * Everything of this model issued under the grant: on a refresh token's reuse, on sign-out.
   * @param {string} grantId
   */
  async revokeByGrantId(grantId) {
    for (const key of grantMembers.get(grantId) ?? []) {
      if (key.startsWith(`${this.model}:`)) entries.delete(key)
    }
  }
}
