/** The current person for the views, and the way to rename them. */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import type { DocRegistry, Person } from '../sync/docRegistry.js'
import { cleanName, savePerson } from './person.js'

interface PersonState {
  /** Null until the first name has been chosen. */
  person: Person | null
  /** Default colour for the first save. */
  color: string
  setName(name: string): void
}

const PersonContext = createContext<PersonState | null>(null)

export function PersonProvider({ initial, color, registry, children }: { initial: Person | null; color: string; registry: DocRegistry; children: ReactNode }) {
  const [person, setPerson] = useState<Person | null>(initial)
  const setName = useCallback(
    (name: string) => {
      const clean = cleanName(name)
      if (!clean) return
      const next = { name: clean, color: person?.color ?? color }
      savePerson(next)
      registry.setPerson(next)
      setPerson(next)
    },
    [person, color, registry],
  )
  const value = useMemo(() => ({ person, color, setName }), [person, color, setName])
  return <PersonContext.Provider value={value}>{children}</PersonContext.Provider>
}

export function usePerson(): PersonState {
  const value = useContext(PersonContext)
  if (!value) throw new Error('PersonProvider is missing')
  return value
}
