/**
 * The current person for the views: the signed-in account (name, and a
 * colour from its id). It hosts the session, so the composition root keeps
 * one provider to build; views that only need the name read `usePerson()`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { SessionProvider, useSession } from '../auth/SessionProvider.js'
import type { DocRegistry, Person } from '../sync/docRegistry.js'
import { personFromUser } from './person.js'

interface PersonState {
  /** Null while nobody is signed in (not even a cached person). */
  person: Person | null
}

const PersonContext = createContext<PersonState | null>(null)

/** Provides the session and, from it, the person. `initial` and `color` are what the root read before React started. */
export function PersonProvider({ registry, children }: { initial?: Person | null; color?: string; registry: DocRegistry; children: ReactNode }) {
  return (
    <SessionProvider registry={registry}>
      <PersonFromSession>{children}</PersonFromSession>
    </SessionProvider>
  )
}

function PersonFromSession({ children }: { children: ReactNode }) {
  const { user } = useSession()
  const id = user?.id
  const name = user?.name
  const value = useMemo<PersonState>(() => ({ person: id !== undefined && name !== undefined ? personFromUser({ id, name }) : null }), [id, name])
  return <PersonContext.Provider value={value}>{children}</PersonContext.Provider>
}

export function usePerson(): PersonState {
  const value = useContext(PersonContext)
  if (!value) throw new Error('PersonProvider is missing')
  return value
}
