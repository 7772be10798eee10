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
