import { HopHeaders } from './HopHeaders'
import { byParty, lanesFor, messagesFor, type Message } from './inspector-messages'
import type { ShownEvent } from '@/lib/demo/node/events'

function Arrow({ message, lanes }: { message: Message; lanes: string[] }) {
  const left = Math.min(message.from, message.to)
  const right = Math.max(message.from, message.to)
  const direction = message.to > message.from ? 'right' : message.to < message.from ? 'left' : 'self'
  return (
    <div className={`arrow ${direction} ${message.tone ?? ''}`} style={{ gridColumn: `${left + 1} / ${right + 2}` }}>
      <span className="visually-hidden">
        {message.from === message.to ? `${lanes[message.from]}: ` : `${lanes[message.from]} to ${lanes[message.to]}: `}
      </span>
      {message.label}
    </div>
  )
}

const LANE_MIN_REM = 6

/** A sequence diagram of the session's real refreshes, drawn from server-side events. */
export function FlowInspector({ events }: { events: ShownEvent[] }) {
  const start = events[0]?.at ?? 0
  const lanes = lanesFor(events)
  const columns = { gridTemplateColumns: `repeat(${lanes.length}, minmax(0, 1fr))` }
  // Each lane keeps a readable width; on a narrow screen the diagram scrolls in its own box.
  const diagram = { minWidth: `${lanes.length * LANE_MIN_REM}rem` }
  return (
    <section className="card inspector" aria-labelledby="inspector-title">
      <h2 id="inspector-title">Flow inspector</h2>
      {/* Focusable so a keyboard can scroll it; named so a screen reader says what it holds. */}
      <div className="diagram-scroll" role="region" aria-label="Sequence diagram" tabIndex={0}>
        <div style={diagram}>
          <div className="lanes" aria-hidden="true" style={columns} data-testid="inspector-lanes">
            {lanes.map((lane) => (
              <div key={lane}>{lane}</div>
            ))}
          </div>
          <ol className="events" data-testid="inspector">
            {events.map((event) => (
              <li key={event.id} data-kind={event.kind} data-by={event.by} data-provider={event.provider ?? ''} data-delivery={event.delivery ?? ''}>
                <div className="meta">
                  <span>+{((event.at - start) / 1000).toFixed(1)} s</span>
                  <span>
                    {event.kind} by {byParty(event)}
                  </span>
                  {event.delivery && <span className={`badge ${event.delivery}`}>{event.delivery}</span>}
                </div>
                <div className="grid" style={columns}>
                  {messagesFor(event).map((message, i) => (
                    <Arrow key={i} message={message} lanes={lanes} />
                  ))}
                </div>
                <HopHeaders event={event} />
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  )
}
