import { useSandpack } from '@codesandbox/sandpack-react'
import { useEffect, useId, useRef, useState } from 'react'
import { ErrorMessage } from './ErrorMessage'
import { LoadingOverlay } from './LoadingOverlay'
import { CONNECT_TIMEOUT_MS, PREVIEW_URL } from './preview-url'
import styles from './Sandbox.module.css'

/**
 * The preview iframe, registered with Sandpack by hand (as react.dev does) so the loading and
 * error states are ours. Sandpack's static client points the iframe at a subdomain of
 * PREVIEW_URL once that host's relay and service worker are ready, then posts `done`.
 */
export function Preview({ title }: { title: string }) {
  const { sandpack, listen } = useSandpack()
  const { registerBundler, unregisterBundler, runSandpack, status, error } = sandpack
  const iframe = useRef<HTMLIFrameElement>(null)
  const clientId = useId()
  const [connected, setConnected] = useState(false)

  useEffect(() => {
    const frame = iframe.current
    if (!frame) return
    registerBundler(frame, clientId)
    const stop = listen((message) => {
      if (message.type === 'done') setConnected(true)
    }, clientId)
    return () => {
      stop()
      unregisterBundler(clientId)
    }
    // Register once per mount: Sandpack's callbacks change identity on every state change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [clientId])

  const host = new URL(PREVIEW_URL).host
  let overlay = connected ? null : <LoadingOverlay />
  if (status === 'timeout') {
    overlay = (
      <ErrorMessage
        title="The preview could not connect"
        detail={`No answer from the preview server ${host} within ${CONNECT_TIMEOUT_MS / 1000} s. If you run the site yourself, is the preview server running (npm run dev starts it)?`}
        onRetry={() => runSandpack()}
      />
    )
  } else if (error) {
    overlay = <ErrorMessage title="The preview failed" detail={error.message} onRetry={() => runSandpack()} />
  }

  return (
    <div className={styles.preview}>
      <iframe ref={iframe} className={styles.iframe} title={`Preview: ${title}`} />
      {overlay}
    </div>
  )
}
