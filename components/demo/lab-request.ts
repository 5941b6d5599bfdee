// How the lab's controls call their routes and report: one status line, one request at a time.

export interface LabAnswer {
  ok: boolean
  status: number
  headers: Headers
  body: { error?: string; message?: string; outcome?: string; wasDown?: boolean }
}

export async function labRequest(path: string, init: RequestInit = { method: 'POST' }): Promise<LabAnswer> {
  const res = await fetch(path, { cache: 'no-store', ...init })
  return { ok: res.ok, status: res.status, headers: res.headers, body: await res.json().catch(() => ({})) }
}

/** Runs one control's action; what it returns is shown in the lab's status line. */
export type RunLab = (action: () => Promise<string | null>) => Promise<void>
