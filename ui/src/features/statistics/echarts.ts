/**
 * The parts of ECharts the statistics charts use, registered once. Only `useEcharts`
 * imports this module, and only dynamically, so ECharts stays in its own chunk that
 * loads with the statistics page's charts, never at start-up.
 */
import * as echarts from 'echarts/core'
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'

// SVG prints sharply at any size (canvas would print at screen resolution).
echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
])

export { echarts }
