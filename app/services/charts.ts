/**
 * Geometry of the server-drawn SVG bar charts (analytics pages): a fixed
 * viewBox the CSS scales to the screen, so one drawing fits a 390 px phone
 * and a desktop alike. No inline styles (the CSP forbids them): sizes are
 * SVG attributes.
 */
export interface ChartBar {
  x: number
  y: number
  width: number
  height: number
  /**
   * Centre of the bar, for its labels
   */
  cx: number
  value: number | null
  label: string
  /**
   * Whether the label under this bar is drawn (every k-th, so they never overlap)
   */
  showLabel: boolean
  /**
   * Whether the value above it is drawn (few bars only)
   */
  showValue: boolean
}

export interface BarChart {
  width: number
  height: number
  baseline: number
  bars: ChartBar[]
  max: number
}

export const CHART_WIDTH = 320
const PLOT_HEIGHT = 110
const TOP = 14
/**
 * Room left and right, so the first and last labels are not cut
 */
const SIDE = 14

/**
 * Bars for `values` (null: no data, drawn as nothing) scaled to the
 * largest one, or to `max` (1 for rates)
 */
export function barChart(
  points: { value: number | null; label: string }[],
  options: { max?: number; labels?: number } = {}
): BarChart {
  const count = Math.max(points.length, 1)
  const slot = (CHART_WIDTH - 2 * SIDE) / count
  const gap = Math.min(8, slot * 0.25)
  const max = options.max ?? Math.max(1, ...points.map((point) => point.value ?? 0))
  const every = Math.max(1, Math.ceil(count / (options.labels ?? 6)))
  const baseline = TOP + PLOT_HEIGHT
  const bars = points.map((point, index) => {
    const height = point.value === null ? 0 : Math.max(1, (point.value / max) * PLOT_HEIGHT)
    const x = SIDE + index * slot + gap / 2
    return {
      x: round(x),
      y: round(baseline - height),
      width: round(slot - gap),
      height: round(height),
      cx: round(x + (slot - gap) / 2),
      value: point.value,
      label: point.label,
      showLabel: index % every === 0,
      showValue: count <= 12,
    }
  })
  return { width: CHART_WIDTH, height: baseline + 22, baseline, bars, max }
}

const round = (value: number) => Math.round(value * 10) / 10
