/** Small line icons (decorative: the buttons that carry them have their own labels). */
import type { ReactNode } from 'react'

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg className="line-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  )
}

/** Six dots: "grab here to move". */
export function GripIcon() {
  return (
    <Svg>
      {[6, 10, 14].map((y) => (
        <g key={y}>
          <circle cx="7.5" cy={y} r="1.4" fill="currentColor" />
          <circle cx="12.5" cy={y} r="1.4" fill="currentColor" />
        </g>
      ))}
    </Svg>
  )
}

/** A cross: remove or close. */
export function CrossIcon() {
  return (
    <Svg>
      <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" fill="none" />
    </Svg>
  )
}

/** A waste bin: delete. */
export function BinIcon() {
  return (
    <Svg>
      <path
        d="M4 6h12M8 6V4.5h4V6M6 6l.8 10h6.4L14 6M8.6 9v4.5M11.4 9v4.5"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        fill="none"
      />
    </Svg>
  )
}
