import { describe, expect, it } from 'vitest'
import AuditPage from '../AuditPage.vue'
import { ADMIN, byTestId, click, mockCore, mountPage, type Call } from '@/test/helpers'
import type { AuditEntry } from '@/bindings/AuditEntry'
import type { AuditVerification } from '@/bindings/AuditVerification'

function entries(count: number, from: number): AuditEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    seq: from - i,
    at: '2025-10-10T06:30:00Z',
    actorId: ADMIN.id,
    actorLabel: '王管理',
    action: 'user.approve',
    entityType: 'user',
    entityId: '0192f0c4-7a1e-7c3b-9d2e-1234567890ab',
    summary: `审核通过第 ${from - i} 号申请`,
    hash: 'a'.repeat(64),
  }))
}

async function mountWith(verification: AuditVerification) {
  const calls = mockCore({
    list_audit: (args: Record<string, unknown>) => {
      const { offset } = args.query as { offset: number; limit: number }
      return { entries: entries(20, 45 - offset), total: 45 }
    },
    verify_audit: verification,
  })
  await mountPage(AuditPage, { user: ADMIN, route: '/admin-audit' })
  return calls
}

const cmd = (calls: Call[], name: string) => calls.filter((call) => call.cmd === name)

describe('AuditPage', () => {
  it('shows the newest page with times in Asia/Shanghai and short hashes', async () => {
    const calls = await mountWith({ ok: true, checked: 45, firstBroken: null })
    expect(cmd(calls, 'list_audit')[0]?.args).toEqual({ query: { offset: 0, limit: 20 } })
    const firstRow = document.querySelector('.el-table__body tr')
    expect(firstRow?.textContent).toContain('45')
    expect(firstRow?.textContent).toContain('2025-10-10 14:30')
    expect(firstRow?.textContent).toContain('aaaaaaaaaaaa')
    expect(firstRow?.textContent).not.toContain('a'.repeat(13))
    expect(byTestId('audit-verify-result')).toBeNull()
  })

  it('reports an intact chain', async () => {
    const calls = await mountWith({ ok: true, checked: 45, firstBroken: null })
    await click('audit-verify')
    expect(cmd(calls, 'verify_audit')).toHaveLength(1)
    const result = byTestId('audit-verify-result')
    expect(result?.textContent).toContain('共校验 45 条，哈希链完整')
    expect(result?.classList).toContain('el-alert--success')
  })

  it('reports the first broken link in red', async () => {
    await mountWith({ ok: false, checked: 12, firstBroken: { seq: 7, reason: '哈希不匹配' } })
    await click('audit-verify')
    const result = byTestId('audit-verify-result')
    expect(result?.textContent).toContain('第 7 条')
    expect(result?.textContent).toContain('哈希不匹配')
    expect(result?.textContent).not.toContain('哈希链完整')
    expect(result?.classList).toContain('el-alert--error')
  })

  it('pages through older entries', async () => {
    const calls = await mountWith({ ok: true, checked: 45, firstBroken: null })
    await click(document.querySelector<HTMLElement>('.el-pagination .btn-next')!)
    expect(cmd(calls, 'list_audit').at(-1)?.args).toEqual({ query: { offset: 20, limit: 20 } })
    // A long log: a page can be typed in too.
    expect(document.querySelector('.el-pagination__jump')).not.toBeNull()
  })
})
