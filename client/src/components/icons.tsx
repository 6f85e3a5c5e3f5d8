/** The app's small line icons, one set for every view (decorative: whatever carries them has its own words). */
import type { ReactNode } from 'react'

function Svg({ children, viewBox = '0 0 20 20' }: { children: ReactNode; viewBox?: string }) {
  return (
    <svg className="icon" viewBox={viewBox} width="20" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
}

const line = { stroke: 'currentColor', strokeWidth: 1.7, strokeLinecap: 'round', strokeLinejoin: 'round', fill: 'none' } as const

/** Six dots: "grab here to move". */
export function GripIcon() {
  return (
    <Svg>
      {[5, 10, 15].map((y) => (
        <g key={y}>
          <circle cx="7.5" cy={y} r="1.5" fill="currentColor" />
          <circle cx="12.5" cy={y} r="1.5" fill="currentColor" />
        </g>
      ))}
    </Svg>
  )
}

export function PlusIcon() {
  return (
    <Svg>
      <path d="M10 4.5v11M4.5 10h11" {...line} />
    </Svg>
  )
}

export function CrossIcon() {
  return (
    <Svg>
      <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" {...line} />
    </Svg>
  )
}

/** Three dots: more actions. */
export function MoreIcon() {
  return (
    <Svg>
      {[5, 10, 15].map((x) => (
        <circle key={x} cx={x} cy="10" r="1.6" fill="currentColor" />
      ))}
    </Svg>
  )
}

export function CalendarIcon() {
  return (
    <Svg>
      <rect x="3.5" y="4.5" width="13" height="12" rx="1.5" {...line} />
      <path d="M3.5 8.5h13M7 3v3M13 3v3" {...line} />
    </Svg>
  )
}

export function PersonIcon() {
  return (
    <Svg>
      <circle cx="10" cy="7" r="3" {...line} />
      <path d="M4.5 16.5c.8-3 3-4.5 5.5-4.5s4.7 1.5 5.5 4.5" {...line} />
    </Svg>
  )
}

/** A ticked box: action items. */
export function CheckIcon() {
  return (
    <Svg>
      <rect x="3.5" y="3.5" width="13" height="13" rx="2" {...line} />
      <path d="M6.8 10.2l2.2 2.2 4.3-4.6" {...line} />
    </Svg>
  )
}

/** An arrow out of a box: go to the canvas. */
export function OpenIcon() {
  return (
    <Svg>
      <path d="M11 4h5v5M16 4l-7 7M14 12v3.5a1 1 0 0 1-1 1H4.5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1H8" {...line} />
    </Svg>
  )
}

/** A speech bubble: comments. */
export function CommentIcon() {
  return (
    <Svg viewBox="0 0 16 16">
      <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" {...line} strokeWidth={1.4} />
    </Svg>
  )
}

/** A pencil: edit. */
export function PencilIcon() {
  return (
    <Svg viewBox="0 0 24 24">
      <g {...line} strokeWidth={2}>
        <path d="M4 20h4L19 9l-4-4L4 16v4z" />
        <path d="M13.5 6.5l4 4" />
      </g>
    </Svg>
  )
}

/** A waste bin: delete. */
export function TrashIcon() {
  return (
    <Svg viewBox="0 0 24 24">
      <g {...line} strokeWidth={2}>
        <path d="M4 7h16" />
        <path d="M10 11v6M14 11v6" />
        <path d="M6 7l1 13h10l1-13" />
        <path d="M9 7V4h6v3" />
      </g>
    </Svg>
  )
}

/** An eye: "you can look, not change". */
export function EyeIcon() {
  return (
    <Svg>
      <path d="M2 10s3-5.5 8-5.5S18 10 18 10s-3 5.5-8 5.5S2 10 2 10Z" {...line} />
      <circle cx="10" cy="10" r="2.5" {...line} />
    </Svg>
  )
}

/** Two people: the board's members. */
export function PeopleIcon() {
  return (
    <Svg>
      <circle cx="7.5" cy="7" r="2.75" {...line} />
      <path d="M2.5 16.5c.4-2.9 2.5-4.5 5-4.5s4.6 1.6 5 4.5" {...line} />
      <path d="M12.5 4.6a2.6 2.6 0 0 1 0 4.9M14.5 12.3c1.7.5 2.8 1.9 3 4.2" {...line} />
    </Svg>
  )
}
