/**
 * ECharts options for the statistics charts, built from the core's figures. Plain
 * functions of their data (no ECharts import), so they are cheap and testable.
 */
import type { EChartsOption } from 'echarts'
import type { CategoryRow } from '@/bindings/CategoryRow'
import type { Count } from '@/bindings/Count'
import type { MonthRow } from '@/bindings/MonthRow'
import { formatCount } from '../format'

/** The institute's blues first, then calm accents that stay legible in greyscale print. */
export const PALETTE = ['#1e5aa8', '#7fa3d6', '#2e8b7a', '#c79a3b', '#5c6f8a', '#b8c9e4', '#8c6bb1']

const FONT =
  "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif"

const valueFormatter = (value: unknown) => (typeof value === 'number' ? formatCount(value) : '')

/** What every chart shares: no animation (no jank on reload or resize), one palette. */
function base(): EChartsOption {
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#34405a' },
    tooltip: {
      confine: true,
      valueFormatter,
      textStyle: { fontFamily: FONT, fontSize: 12 },
    },
  }
}

const axisLine = { lineStyle: { color: '#c5ccd8' } }
const splitLine = { lineStyle: { color: '#eef1f5' } }

export interface MonthlyNames {
  cases: string
  online: string
  agreements: string
}

/** Mediation cases per month: bars for cases and online ones, a line for agreements. */
export function monthlyOption(months: MonthRow[], names: MonthlyNames): EChartsOption {
  return {
    ...base(),
    tooltip: { ...base().tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 8, right: 8, top: 36, bottom: 4 },
    xAxis: {
      type: 'category',
      data: months.map((m) => m.month),
      axisLine,
      axisTick: { alignWithLabel: true },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine },
    series: [
      {
        name: names.cases,
        type: 'bar',
        barMaxWidth: 18,
        data: months.map((m) => m.mediationCases),
      },
      { name: names.online, type: 'bar', barMaxWidth: 18, data: months.map((m) => m.online) },
      {
        name: names.agreements,
        type: 'line',
        symbolSize: 6,
        data: months.map((m) => m.agreements),
        itemStyle: { color: PALETTE[3] },
        lineStyle: { width: 2 },
      },
    ],
  }
}

export interface CategoryNames {
  organizations: string
  cases: string
  label: (row: CategoryRow) => string
}

/** By organisation category: cases (left axis) beside the number of organisations (right). */
export function categoryOption(rows: CategoryRow[], names: CategoryNames): EChartsOption {
  return {
    ...base(),
    tooltip: { ...base().tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 8, right: 8, top: 36, bottom: 4 },
    xAxis: {
      type: 'category',
      data: rows.map(names.label),
      axisLine,
      axisLabel: { interval: 0, hideOverlap: true },
    },
    yAxis: [
      { type: 'value', minInterval: 1, splitLine },
      { type: 'value', minInterval: 1, splitLine: { show: false } },
    ],
    series: [
      { name: names.cases, type: 'bar', barMaxWidth: 22, data: rows.map((r) => r.cases) },
      {
        name: names.organizations,
        type: 'bar',
        barMaxWidth: 22,
        yAxisIndex: 1,
        data: rows.map((r) => r.organizations),
        itemStyle: { color: PALETTE[5] },
      },
    ],
  }
}

export interface ShareNames {
  online: string
  offline: string
}

/** Online against in-person mediation, as a ring. */
export function onlineOption(online: number, offline: number, names: ShareNames): EChartsOption {
  return {
    ...base(),
    tooltip: { ...base().tooltip, trigger: 'item' },
    legend: { bottom: 0, itemWidth: 14, itemHeight: 10 },
    series: [
      {
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '46%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{c}（{d}%）', lineHeight: 18 },
        data: [
          { name: names.online, value: online, itemStyle: { color: PALETTE[0] } },
          { name: names.offline, value: offline, itemStyle: { color: PALETTE[5] } },
        ],
      },
    ],
  }
}

/** Labelled counts as horizontal bars, largest label first from the top. */
export function countsOption(
  counts: Count[],
  name: string,
  label: (count: Count) => string,
  color: string = PALETTE[0],
): EChartsOption {
  return {
    ...base(),
    tooltip: { ...base().tooltip, trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 40, top: 8, bottom: 4 },
    xAxis: { type: 'value', minInterval: 1, splitLine },
    yAxis: {
      type: 'category',
      inverse: true,
      data: counts.map(label),
      axisLine,
      axisTick: { show: false },
    },
    series: [
      {
        name,
        type: 'bar',
        barMaxWidth: 16,
        data: counts.map((c) => c.count),
        itemStyle: { color },
        label: { show: true, position: 'right', formatter: ({ value }) => valueFormatter(value) },
      },
    ],
  }
}
