import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref, shallowRef, type Ref } from 'vue'
import type { EChartsOption } from 'echarts'
import { useEcharts } from '../useEcharts'

const chart = vi.hoisted(() => ({ setOption: vi.fn(), resize: vi.fn(), dispose: vi.fn() }))
const init = vi.hoisted(() => vi.fn(() => chart))
// The real module registers ECharts' parts; here a stand-in that records the calls.
vi.mock('../echarts', () => ({ echarts: { init } }))

function host(option: Ref<EChartsOption | null>) {
  return defineComponent({
    setup() {
      const el = ref<HTMLElement>()
      useEcharts(el, option)
      return () => h('div', { ref: el, class: 'chart' })
    },
  })
}

describe('useEcharts', () => {
  it('loads ECharts, draws, follows the option, resizes, prints wide and disposes', async () => {
    const option = shallowRef<EChartsOption | null>({ series: [{ type: 'bar', data: [1] }] })
    const wrapper = mount(host(option), { attachTo: document.body })
    await flushPromises()

    expect(init).toHaveBeenCalledTimes(1)
    expect(init).toHaveBeenCalledWith(wrapper.element, undefined, { renderer: 'svg' })
    expect(chart.setOption).toHaveBeenLastCalledWith(option.value, { notMerge: true })

    option.value = { series: [{ type: 'bar', data: [2] }] }
    await flushPromises()
    expect(chart.setOption).toHaveBeenLastCalledWith(option.value, { notMerge: true })

    window.dispatchEvent(new Event('resize'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(chart.resize).toHaveBeenCalled()

    window.dispatchEvent(new Event('beforeprint'))
    expect(chart.resize).toHaveBeenLastCalledWith({ width: 700 })
    window.dispatchEvent(new Event('afterprint'))
    expect(chart.resize).toHaveBeenLastCalledWith()

    wrapper.unmount()
    expect(chart.dispose).toHaveBeenCalledTimes(1)
    chart.resize.mockClear()
    window.dispatchEvent(new Event('beforeprint'))
    expect(chart.resize).not.toHaveBeenCalled()
  })
})
