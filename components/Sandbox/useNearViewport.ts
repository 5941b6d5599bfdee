import { type RefObject, useEffect, useState } from 'react'

/** Becomes true, once, when the element comes within `margin` of the viewport. */
export function useNearViewport(ref: RefObject<Element>, margin = '600px') {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const node = ref.current
    if (near || !node) return
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: `${margin} 0px` }
    )
    observer.observe(node)
    return () => observer.disconnect()
  }, [ref, near, margin])
  return near
}
