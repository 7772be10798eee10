import type { ExportFormat } from '@/bindings/ExportFormat'
import type { ExportTable } from '@/bindings/ExportTable'

/** What can be exported: one table as CSV, or every table as Excel. */
export type ExportChoice = 'csv-org' | 'csv-cases' | 'xlsx'

export const EXPORT_CHOICES: Record<
  ExportChoice,
  { format: ExportFormat; table: ExportTable; label: string }
> = {
  'csv-org': { format: 'csv', table: 'by_org', label: 'statistics.export.csvOrg' },
  'csv-cases': { format: 'csv', table: 'mediation_cases', label: 'statistics.export.csvCases' },
  xlsx: { format: 'xlsx', table: 'by_org', label: 'statistics.export.xlsx' },
}
