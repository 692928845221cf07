// The work in progress in localStorage: it survives a reload of the tab. The write key is never here.
import type { ReviewState } from './model.js'

const KEY = 'entente:review'

export function loadState(): ReviewState | null {
  try {
    const raw = localStorage.getItem(KEY)
    return raw ? (JSON.parse(raw) as ReviewState) : null
  } catch {
    return null
  }
}

export function saveState(s: ReviewState | null) {
  if (s) localStorage.setItem(KEY, JSON.stringify(s))
  else localStorage.removeItem(KEY)
}
