import { describe, expect, it, vi } from 'vitest'
import SignaturePad from '../SignaturePad.vue'
import { byTestId, click, mountPage, settle } from '@/test/helpers'

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]

function fakeCanvas() {
  const ctx = {
    beginPath: vi.fn(),
    moveTo: vi.fn(),
    lineTo: vi.fn(),
    arc: vi.fn(),
    stroke: vi.fn(),
    clearRect: vi.fn(),
  }
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(
    ctx as unknown as CanvasRenderingContext2D,
  )
  const toBlob = vi
    .spyOn(HTMLCanvasElement.prototype, 'toBlob')
    .mockImplementation(function (callback, type) {
      callback(new Blob([new Uint8Array(PNG)], { type: type ?? 'image/png' }))
    })
  return { ctx, toBlob }
}

const pointer = (type: string, x: number, y: number) =>
  new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, bubbles: true })

describe('SignaturePad', () => {
  it('draws the strokes and emits the drawing as PNG bytes', async () => {
    const { ctx, toBlob } = fakeCanvas()
    const { wrapper } = await mountPage(SignaturePad, { props: { modelValue: null } })
    const canvas = byTestId('signature-canvas')!
    canvas.dispatchEvent(pointer('pointerdown', 10, 10))
    canvas.dispatchEvent(pointer('pointermove', 30, 20))
    canvas.dispatchEvent(pointer('pointermove', 50, 25))
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    canvas.dispatchEvent(pointer('pointerup', 50, 25))
    await settle()
    expect(ctx.lineTo).toHaveBeenCalledTimes(2)
    expect(toBlob).toHaveBeenCalledWith(expect.any(Function), 'image/png')
    expect(wrapper.emitted('update:modelValue')).toEqual([[PNG]])
  })

  it('emits nothing for moves without a stroke, and null when cleared', async () => {
    const { ctx, toBlob } = fakeCanvas()
    const { wrapper } = await mountPage(SignaturePad, { props: { modelValue: PNG } })
    const canvas = byTestId('signature-canvas')!
    canvas.dispatchEvent(pointer('pointermove', 30, 20))
    canvas.dispatchEvent(pointer('pointerup', 30, 20))
    await settle()
    expect(toBlob).not.toHaveBeenCalled()
    expect(byTestId('signature-state')?.textContent?.trim()).toBe('已签名')
    await click('signature-clear')
    expect(ctx.clearRect).toHaveBeenCalled()
    expect(wrapper.emitted('update:modelValue')).toEqual([[null]])
  })
})
