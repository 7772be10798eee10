import { describe, expect, it } from 'vitest'
import zhCN from '../zh-CN'
import en from '../en'

type Tree = { [key: string]: string | Tree }

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

const zh = leaves(zhCN as Tree)
const enLeaves = leaves(en as Tree)
const params = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('i18n completeness', () => {
  it('has every zh-CN key in English', () => {
    const missing = [...zh.keys()].filter((key) => !enLeaves.has(key))
    expect(missing).toEqual([])
  })

  it('has every English key in zh-CN', () => {
    const missing = [...enLeaves.keys()].filter((key) => !zh.has(key))
    expect(missing).toEqual([])
  })

  it('has no empty message', () => {
    const empty = [...zh, ...enLeaves].filter(([, value]) => value.trim() === '')
    expect(empty).toEqual([])
  })

  it('uses the same parameters in both languages', () => {
    const mismatched = [...zh.keys()].filter(
      (key) => JSON.stringify(params(zh.get(key)!)) !== JSON.stringify(params(enLeaves.get(key)!)),
    )
    expect(mismatched).toEqual([])
  })

  it('avoids characters vue-i18n would read as syntax', () => {
    const risky = [...zh, ...enLeaves].filter(([, value]) => /[|@$]/.test(value))
    expect(risky).toEqual([])
  })
})

// A part is either placed under its own key (`calendar: calendarZhCN`) or spread into the
// root (`...authZhCN`); a key spread from two places would silently lose messages.
describe.each([
  [
    'zh-CN',
    zhCN as Tree,
    import.meta.glob<{ default: Tree }>('../parts/*.zh-CN.ts', { eager: true }),
  ],
  ['en', en as Tree, import.meta.glob<{ default: Tree }>('../parts/*.en.ts', { eager: true })],
])('the %s parts', (_locale, root, parts) => {
  it('each reach the root whole, no key taken from two places', () => {
    const lost: string[] = []
    for (const [path, part] of Object.entries(parts)) {
      const name = /parts\/(\w+)\./.exec(path)![1]
      if (root[name] === part.default) continue
      for (const [key, value] of Object.entries(part.default)) {
        if (root[key] !== value) lost.push(`${name}.${key}`)
      }
    }
    expect(Object.keys(parts).length).toBeGreaterThan(20)
    expect(lost).toEqual([])
  })
})
