import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue'
import type { EChartsOption } from 'echarts'

/**
 * One ECharts instance in `el`, showing `option`. ECharts is imported on first use (see
 * `echarts.ts`); the chart follows its container's size and the window's, takes the
 * printed page's width while printing, and is disposed with the component.
 */
type EChartsCore = (typeof import('./echarts'))['echarts']
type Chart = ReturnType<EChartsCore['init']>

/** Width of a chart on an A4 page (210 mm less 2 × 12 mm margins at 96 dpi). */
const PRINT_WIDTH = 700

let loading: Promise<EChartsCore> | null = null

function loadEcharts(): Promise<EChartsCore> {
  if (!loading) {
    loading = import('./echarts').then((module) => module.echarts)
    // A failed download is tried again the next time a chart mounts.
    loading.catch(() => {
      loading = null
    })
  }
  return loading
}

export function useEcharts(
  el: Ref<HTMLElement | undefined | null>,
  option: Ref<EChartsOption | null>,
): { ready: Ref<boolean>; failed: Ref<boolean> } {
  const ready = ref(false)
  const failed = ref(false)
  let chart: Chart | null = null
  let disposed = false
  let observer: ResizeObserver | null = null
  let frame = 0

  function resize(): void {
    cancelAnimationFrame(frame)
    frame = requestAnimationFrame(() => chart?.resize())
  }
  const beforePrint = () => chart?.resize({ width: PRINT_WIDTH })
  const afterPrint = () => chart?.resize()

  onMounted(async () => {
    let echarts: EChartsCore
    try {
      echarts = await loadEcharts()
    } catch {
      failed.value = true
      return
    }
    if (disposed || !el.value) return
    chart = echarts.init(el.value, undefined, { renderer: 'svg' })
    if (option.value) chart.setOption(option.value, { notMerge: true })
    observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize)
    observer?.observe(el.value)
    window.addEventListener('resize', resize)
    window.addEventListener('beforeprint', beforePrint)
    window.addEventListener('afterprint', afterPrint)
    ready.value = true
  })

  watch(option, (value) => {
    if (chart && value) chart.setOption(value, { notMerge: true })
  })

  onBeforeUnmount(() => {
    disposed = true
    cancelAnimationFrame(frame)
    observer?.disconnect()
    window.removeEventListener('resize', resize)
    window.removeEventListener('beforeprint', beforePrint)
    window.removeEventListener('afterprint', afterPrint)
    chart?.dispose()
    chart = null
  })

  return { ready, failed }
}
